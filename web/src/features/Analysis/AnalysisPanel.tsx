/**
 * Analysis at a glance: how the canvas sizes and colours nodes, and who matters most in the drawn graph
 * (degree, betweenness, Louvain communities from useGraphMetrics, computed once per graph).
 */
import { useShallow } from "zustand/react/shallow";
import { useGraphMetrics } from "../../analysis/useGraphMetrics.ts";
import { useVisibleGraph } from "../../graph/useVisibleGraph.ts";
import { type PhraseKey, useT } from "../../i18n/useT.ts";
import { resetFilters } from "../../state/resetFilters.ts";
import { COLOR_BY, type ColorBy, SIZE_BY, type SizeBy, useViewStore } from "../../state/viewState.ts";
import { StatusOverlay } from "../../ui/StatusOverlay.tsx";
import { CommunityLegend } from "./CommunityLegend.tsx";
import { RankedList } from "./RankedList.tsx";
import "./analysis.css";

const SIZE_LABEL: Record<SizeBy, PhraseKey> = {
  none: "f_sizeNone",
  degree: "f_sizeDegree",
  betweenness: "f_sizeBetweenness",
};
const COLOR_LABEL: Record<ColorBy, PhraseKey> = { kind: "f_colorKind", community: "f_colorCommunity" };

function Controls() {
  const { t } = useT();
  const { sizeBy, colorBy, set } = useViewStore(
    useShallow((s) => ({ sizeBy: s.sizeBy, colorBy: s.colorBy, set: s.set })),
  );
  return (
    <div className="analysis-controls">
      <label>
        {t("f_sizeBy")}
        <select
          data-testid="size-by"
          value={sizeBy}
          onChange={(e) => set({ sizeBy: e.target.value as SizeBy })}
        >
          {SIZE_BY.map((v) => (
            <option key={v} value={v}>
              {t(SIZE_LABEL[v])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("f_colorBy")}
        <select
          data-testid="color-by"
          value={colorBy}
          onChange={(e) => set({ colorBy: e.target.value as ColorBy })}
        >
          {COLOR_BY.map((v) => (
            <option key={v} value={v}>
              {t(COLOR_LABEL[v])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function AnalysisPanel() {
  const { t, lang } = useT();
  const graph = useVisibleGraph();
  const metrics = useGraphMetrics(graph.data);
  const locale = lang === "ar" ? "ar-EG" : "en";
  const colorBy = useViewStore((s) => s.colorBy);
  return (
    <section
      className="feature-panel analysis-panel"
      data-testid="analysis-panel"
      aria-labelledby="analysis-title"
    >
      <h2 id="analysis-title">{t("analysis")}</h2>
      <Controls />
      {graph.isLoading && <p role="status">{t("loading")}</p>}
      {graph.error && (
        <p role="alert" className="feature-error">
          {t("f_loadFailed", { message: graph.error.message })}
        </p>
      )}
      {graph.data && graph.data.nodes.length === 0 && (
        <StatusOverlay
          inline
          kind="empty"
          message={t("f_analysisEmpty")}
          onRetry={resetFilters}
          actionLabel={t("resetFilters")}
        />
      )}
      {graph.data && graph.data.nodes.length > 0 && (
        <>
          <p className="feature-count">{t("f_communities", { count: metrics.communityCount })}</p>
          {colorBy === "community" && (
            <CommunityLegend nodes={graph.data.nodes} community={metrics.community} />
          )}
          <RankedList
            title={t("f_topConnected")}
            rows={metrics.topConnected}
            testId="top-connected"
            format={(v) => (v === 1 ? t("f_linkOne") : t("f_links", { count: v }))}
          />
          {metrics.betweennessSkipped ? (
            <p className="feature-note">{t("f_betweennessSkipped", { n: graph.data.nodes.length })}</p>
          ) : (
            <RankedList
              title={t("f_brokers")}
              rows={metrics.brokers}
              testId="brokers"
              format={(v) => v.toLocaleString(locale, { maximumFractionDigits: 3 })}
            />
          )}
        </>
      )}
    </section>
  );
}
