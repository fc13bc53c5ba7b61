/** When people are coloured by community: which colour is which group, and who is in it. */
import type { GraphNode } from "../../../../model/graph.ts";
import { communityColor } from "../../graph/kindStyle.ts";
import { listText } from "../../i18n/counts.ts";
import { useT } from "../../i18n/useT.ts";
import { communityGroups } from "./communityGroups.ts";

/** Names shown per group before "and n more"; the canvas shows the rest. */
const SHOWN = 6;

export function CommunityLegend({
  nodes,
  community,
}: {
  nodes: GraphNode[];
  community: Record<string, number>;
}) {
  const { t, name, lang } = useT();
  const groups = communityGroups(nodes, community);
  if (groups.length === 0) return null;
  return (
    <div className="community-legend">
      <h3>{t("f_communityLegend")}</h3>
      <ul data-testid="community-legend">
        {groups.map((g) => (
          <li key={g.community}>
            <span
              className="community-swatch"
              style={{ backgroundColor: communityColor(g.community) }}
              aria-hidden="true"
            />
            <span dir="auto">
              {listText(lang, [
                ...g.members.slice(0, SHOWN).map((m) => name(m.name)),
                ...(g.members.length > SHOWN ? [t("moreItems", { n: g.members.length - SHOWN })] : []),
              ])}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
