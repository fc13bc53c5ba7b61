/**
 * Says what the overview hides and offers the ways in: open one of the largest clusters, fold opened
 * ones again, or draw every node. When the user chose to draw everything, offers the way back.
 */
import type { Overview } from "../graph/overview.ts";
import { useT } from "../i18n/useT.ts";
import { backToOverview, drawEverything, foldAll, openCluster } from "../state/overviewActions.ts";
import { OVERVIEW_THRESHOLD, useViewStore } from "../state/viewState.ts";
import "./scale.css";

/** Buttons for this many of the largest clusters; the rest open from the canvas (click a cluster). */
const LISTED = 5;

export function OverviewBar({ overview, nodeCount }: { overview: Overview | null; nodeCount: number }) {
  const { t, name, lang } = useT();
  const threshold = useViewStore((s) => s.overview);
  const opened = useViewStore((s) => s.clusters.length);
  const fmt = (n: number) => n.toLocaleString(lang === "ar" ? "ar" : "en");
  if (!overview) {
    if (threshold !== 0 || nodeCount <= OVERVIEW_THRESHOLD) return null;
    return (
      <div className="overview-bar" data-testid="overview-bar">
        <button type="button" data-testid="overview-back" onClick={backToOverview}>
          {t("overviewBack")}
        </button>
      </div>
    );
  }
  const largest = [...overview.clusters].sort((a, b) => b.members.length - a.members.length).slice(0, LISTED);
  return (
    <div className="overview-bar" data-testid="overview-bar" data-hidden={overview.hidden}>
      <span role="status" data-testid="overview-summary">
        {t("overviewSummary", {
          shown: fmt(overview.total - overview.hidden),
          total: fmt(overview.total),
          hidden: fmt(overview.hidden),
          clusters: fmt(overview.clusters.length),
        })}
      </span>
      {largest.map((c) => (
        <button
          key={c.id}
          type="button"
          data-testid="overview-expand"
          data-cluster={c.id}
          onClick={() => openCluster(c.id)}
        >
          {t("overviewExpand", { name: name(c.top.name), count: fmt(c.members.length) })}
        </button>
      ))}
      {opened > 0 && (
        <button type="button" data-testid="overview-fold" onClick={foldAll}>
          {t("overviewFoldAll")}
        </button>
      )}
      <button type="button" data-testid="overview-all" onClick={drawEverything}>
        {t("overviewShowAll")}
      </button>
    </div>
  );
}
