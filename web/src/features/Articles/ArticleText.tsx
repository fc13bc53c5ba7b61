/** The article text, right to left, every extracted span highlighted and coloured by the node's kind. */
import { useEffect, useRef } from "react";
import type { ArticleDoc } from "../../../../model/api.ts";
import { KIND_LOOK } from "../../graph/kindStyle.ts";
import { useT } from "../../i18n/useT.ts";
import { spanSegments, topSpan } from "./spanSegments.ts";

export function ArticleText({ doc, scrollTo }: { doc: ArticleDoc; scrollTo: number | null }) {
  const { name, t } = useT();
  const target = useRef<HTMLElement>(null);
  const segments = spanSegments(doc.text, doc.spans);
  useEffect(() => {
    target.current?.scrollIntoView?.({ block: "center" });
  }, []);
  return (
    <section
      className="article-text"
      dir="rtl"
      lang="ar"
      aria-label={t("articleText")}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable to scroll it by keyboard
      tabIndex={0}
    >
      {segments.map((seg) => {
        const span = topSpan(seg);
        const isTarget = scrollTo !== null && seg.start <= scrollTo && scrollTo < seg.end;
        if (!span) return <span key={seg.start}>{seg.text}</span>;
        return (
          <mark
            key={seg.start}
            ref={isTarget ? target : undefined}
            className={`span span-${span.kind}${isTarget ? " span-target" : ""}`}
            style={{ "--kind-color": KIND_LOOK[span.node.kind].color } as React.CSSProperties}
            title={seg.spans.map((s) => name(s.node.name)).join(" · ")}
            data-testid="article-span"
            data-span-kind={span.kind}
          >
            {seg.text}
          </mark>
        );
      })}
    </section>
  );
}
