/**
 * The sentence an event was read from, highlighted inside its article (the reader's ArticleText), so
 * the reviewer judges it in context. Only the event's own evidence is marked, not every span.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { ArticleSpan } from "../../../../model/api.ts";
import type { ReviewQueueItem } from "../../../../model/curation.ts";
import { articleQuery } from "../../api/queries.ts";
import { useT } from "../../i18n/useT.ts";
import { ArticleText } from "../Articles/ArticleText.tsx";

export function QueueSentence({ item }: { item: ReviewQueueItem }) {
  const { t } = useT();
  const first = item.evidence[0];
  const article = useQuery({ ...articleQuery(first?.articleId ?? ""), enabled: !!first });
  const box = useRef<HTMLDivElement>(null);
  // Scroll only the text box to the sentence: scrollIntoView would also move the panel, hiding the
  // queue's count and keys under the fold on every step.
  useEffect(() => {
    const text = box.current?.querySelector<HTMLElement>(".article-text");
    const mark = text?.querySelector<HTMLElement>(".span-evidence");
    if (text && mark) text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
  });
  if (!first) return <p className="muted">{t("noSentence")}</p>;
  if (!article.data)
    return (
      <blockquote dir="rtl" lang="ar">
        {first.quote}
      </blockquote>
    );
  const ref = { id: item.event.id, kind: item.event.kind, name: item.event.name };
  const spans: ArticleSpan[] = item.evidence
    .filter((e) => e.articleId === first.articleId)
    .map((e) => ({ start: e.start, end: e.end, kind: "evidence", node: ref }));
  return (
    <div className="queue-sentence" data-testid="queue-sentence" ref={box}>
      <ArticleText key={item.event.id} doc={{ ...article.data, spans }} scrollTo={null} />
    </div>
  );
}
