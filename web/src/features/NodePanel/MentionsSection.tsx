/**
 * The sentences that mention a node, a page at a time: the details bring the first page and the total,
 * "more" fetches the next. A leader named in thousands of sentences once made a 7 MB answer.
 */
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import type { ArticleSummary, NodeDetails } from "../../../../model/api.ts";
import { MENTIONS_PAGE, nodeMentionsQuery } from "../../api/queries.ts";
import { useT } from "../../i18n/useT.ts";
import { useFactFilter } from "../../state/useFactFilter.ts";
import { EvidenceQuote } from "./EvidenceQuote.tsx";

interface Props {
  details: NodeDetails;
  articles: Map<string, ArticleSummary>;
  names: string[];
}

export function MentionsSection({ details, articles, names }: Props) {
  const { t } = useT();
  const facts = useFactFilter();
  const [extraPages, setExtraPages] = useState(0);
  const total = details.mentionsTotal ?? details.mentions.length;
  const first = details.mentions.length;
  const pages = useQueries({
    queries: Array.from({ length: extraPages }, (_, i) =>
      nodeMentionsQuery(details.node.id, first + i * MENTIONS_PAGE, facts),
    ),
  });
  const mentions = [...details.mentions, ...pages.flatMap((p) => p.data ?? [])];
  const loading = pages.some((p) => p.isPending);
  if (total === 0) return null;
  return (
    <details className="mentions">
      <summary>{t("mentions", { count: total })}</summary>
      {mentions.map((m) => (
        <EvidenceQuote
          key={`${m.articleId}:${m.start}:${m.mentionStart ?? ""}`}
          evidence={m}
          article={articles.get(m.articleId)}
          names={names}
        />
      ))}
      {mentions.length < total && (
        <button
          type="button"
          className="link"
          data-testid="more-mentions"
          disabled={loading}
          onClick={() => setExtraPages((n) => n + 1)}
        >
          {t("moreMentions", { count: total - mentions.length })}
        </button>
      )}
    </details>
  );
}
