/** One fact's source: the quote with the mention highlighted, the article's date and source, and a link to it. */
import type { ArticleSummary } from "../../../../model/api.ts";
import type { Provenance } from "../../../../model/graph.ts";
import { dateText } from "../../i18n/bidi.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { articleTarget, quoteParts } from "./quoteParts.ts";

interface Props {
  evidence: Provenance;
  article: ArticleSummary | undefined;
  names: readonly string[];
}

export function EvidenceQuote({ evidence, article, names }: Props) {
  const { t, lang } = useT();
  const parts = quoteParts(evidence, names);
  return (
    <figure className="evidence" data-testid="evidence-quote">
      <blockquote dir="rtl" lang="ar">
        {parts.before}
        {parts.mention && <mark>{parts.mention}</mark>}
        {parts.after}
      </blockquote>
      <figcaption>
        <span>{article?.published ? dateText(article.published, lang) : t("undated")}</span>
        {" · "}
        <span dir="auto">{article?.source ?? t("noSource")}</span>
        {" · "}
        <button
          type="button"
          className="link"
          data-testid="open-article"
          onClick={() => useViewStore.getState().set({ article: articleTarget(evidence) })}
        >
          {t("openArticle")}
        </button>
      </figcaption>
    </figure>
  );
}
