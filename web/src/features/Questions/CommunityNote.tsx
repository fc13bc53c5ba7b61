/** What a "who connects two communities" answer found: the two communities, or that there is only one. */
import type { Community, CommunityPair } from "../../../../model/questionAnswer.ts";
import { listText } from "../../i18n/counts.ts";
import { useT } from "../../i18n/useT.ts";

export function CommunityNote({ communities }: { communities: CommunityPair }) {
  const { t, name, lang } = useT();
  const { x, y, same } = communities;
  const who = { x: name(x.of.name), y: name(y.of.name) };
  const members = (c: Community) => (
    <p>
      {t("qCommunityOf", { x: name(c.of.name) })}{" "}
      {listText(
        lang,
        c.members.map((n) => name(n.name)),
      )}
    </p>
  );
  return (
    <div className="q-communities" data-testid="question-communities">
      <p data-testid={same ? "question-same-community" : undefined}>
        {same
          ? t("qSameCommunity", { ...who, count: x.members.length })
          : t("qCommunities", { ...who, xCount: x.members.length, yCount: y.members.length })}
      </p>
      <details>
        <summary>{t("qCommunityMembers")}</summary>
        {members(x)}
        {!same && members(y)}
      </details>
    </div>
  );
}
