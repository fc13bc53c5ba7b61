/**
 * The article reader (a modal dialog): title, date, source, and the text with its spans. Focus stays
 * inside while it is open (Tab cycles), Escape closes it and focus returns to the opener.
 */
import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { articleQuery } from "../../api/queries.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { StatusOverlay } from "../../ui/StatusOverlay.tsx";
import { useFocusTrap } from "../../ui/useFocusTrap.ts";
import { QuoteToFact } from "../Curation/QuoteToFact.tsx";
import { parseArticleTarget } from "../NodePanel/quoteParts.ts";
import { ArticleText } from "./ArticleText.tsx";

/** Articles often come without a title: their first words stand in for it. */
const lede = (text: string) => {
  const first = text.trim().split(/\n/)[0] ?? "";
  return first.length > 90 ? `${first.slice(0, 90)}…` : first;
};

const close = () => useViewStore.getState().set({ article: null });

export function ArticleViewer() {
  const target = useViewStore((s) => s.article);
  if (!target) return null;
  return <ArticleDialog target={target} />;
}

function ArticleDialog({ target }: { target: string }) {
  const { t } = useT();
  const { id, at } = parseArticleTarget(target);
  const query = useQuery(articleQuery(id));
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, close, closeButton);
  const doc = query.data;
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        tabIndex={-1}
        aria-modal="true"
        aria-labelledby="article-title"
        className="dialog"
        data-testid="article-viewer"
      >
        <header className="dialog-head">
          <h2 id="article-title" dir="auto">
            {doc ? (doc.title ?? lede(doc.text)) : id}
          </h2>
          <button type="button" ref={closeButton} onClick={close} aria-label={t("closeArticle")}>
            ✕
          </button>
        </header>
        {doc && (
          <p className="muted">
            {doc.published ?? t("undated")} · <span dir="auto">{doc.source ?? t("noSource")}</span> ·{" "}
            {t("spansLegend", { count: doc.spans.length })}
            <span className="span-key span-mention">{t("spanMention")}</span>
            <span className="span-key span-evidence">{t("spanEvidence")}</span>
          </p>
        )}
        {query.isPending && <StatusOverlay inline kind="loading" message={t("loading")} />}
        {query.error && (
          <StatusOverlay
            inline
            kind="error"
            message={query.error.message}
            onRetry={() => void query.refetch()}
          />
        )}
        {doc && <QuoteToFact articleId={doc.id} container={dialog} />}
        {doc && <ArticleText doc={doc} scrollTo={at} />}
      </div>
    </div>
  );
}
