/** Names in both scripts, the kind, the number of connections, and the expand / hide / unpin actions. */
import type { GraphNode } from "../../../../model/graph.ts";
import { eventDateText } from "../../graph/eventDates.ts";
import { dateText } from "../../i18n/bidi.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { KindBadge } from "../Legend/KindBadge.tsx";
import { StatusBadge } from "../Review/StatusBadge.tsx";
import { EventScores } from "./EventScores.tsx";

export function NodeHeader({ node, degree }: { node: GraphNode; degree: number }) {
  const { t, lang } = useT();
  const store = useViewStore.getState;
  const when = node.kind === "Event" ? eventDateText(node, lang) : node.date && dateText(node.date, lang);
  const pinned = useViewStore((s) => node.id in s.pinned);
  return (
    <header className="node-header">
      <KindBadge kind={node.kind} withLabel />
      <h2>
        {node.name.en && (
          <span lang="en" dir="ltr" className="name-en">
            {node.name.en}
          </span>
        )}
        <span lang="ar" dir="rtl" className="name-ar">
          {node.name.ar}
        </span>
      </h2>
      <p className="muted">
        {when && <time dateTime={node.date ?? undefined}>{when} · </time>}
        {t("degree", { n: degree })} <StatusBadge review={node.review} />
      </p>
      {node.kind === "Event" && <EventScores event={node} />}
      <div className="button-row">
        <button type="button" data-testid="expand-button" onClick={() => store().expand(node.id)}>
          {t("expand")}
        </button>
        <button type="button" data-testid="hide-button" onClick={() => store().hide(node.id)}>
          {t("hide")}
        </button>
        {pinned && (
          <button type="button" data-testid="unpin-button" onClick={() => store().unpin(node.id)}>
            {t("unpin")}
          </button>
        )}
      </div>
    </header>
  );
}
