/** The corpus: every article with its date and source; opening one shows it in the reader. */
import { useQuery } from "@tanstack/react-query";
import { articlesQuery } from "../../api/queries.ts";
import { dateText } from "../../i18n/bidi.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { StatusOverlay } from "../../ui/StatusOverlay.tsx";

export function ArticlesPanel() {
  const { t, lang } = useT();
  const query = useQuery(articlesQuery());
  if (query.isPending) return <StatusOverlay inline kind="loading" message={t("loading")} />;
  if (query.error)
    return (
      <StatusOverlay inline kind="error" message={query.error.message} onRetry={() => void query.refetch()} />
    );
  if (query.data.length === 0) return <p className="panel-hint">{t("noArticles")}</p>;
  const sorted = [...query.data].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""));
  return (
    <section aria-label={t("articles")} data-testid="articles-panel">
      <h2>{t("articles")}</h2>
      <ul className="article-list">
        {sorted.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="link"
              dir="auto"
              onClick={() => useViewStore.getState().set({ article: a.id })}
            >
              {a.title ?? a.lede ?? `${a.source ?? t("noSource")} · ${a.published ?? t("undated")}`}
            </button>
            <span className="muted">
              {a.published ? dateText(a.published, lang) : t("undated")} ·{" "}
              <span dir="auto">{a.source ?? t("noSource")}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
