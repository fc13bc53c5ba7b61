/**
 * The network drawing. Renders one box for Cytoscape plus the loading / empty / error overlays; each
 * concern (elements, selection, highlight, gestures) is its own hook acting on the instance by id.
 */
import { useRef } from "react";
import { isLargeGraph } from "../graph/stylesheet.ts";
import { useVisibleGraph } from "../graph/useVisibleGraph.ts";
import { useT } from "../i18n/useT.ts";
import { resetFilters } from "../state/resetFilters.ts";
import { StatusOverlay } from "../ui/StatusOverlay.tsx";
import { webglRequested } from "./createCy.ts";
import { useCyStore } from "./cyStore.ts";
import { LayoutProgressBar } from "./LayoutProgressBar.tsx";
import { OverviewBar } from "./OverviewBar.tsx";
import { useCanvasEvents } from "./useCanvasEvents.ts";
import { useCanvasKeyboard } from "./useCanvasKeyboard.ts";
import { useCyInstance } from "./useCyInstance.ts";
import { useGraphSync } from "./useGraphSync.ts";
import { useHighlightSync } from "./useHighlightSync.ts";
import { useLabelLevels } from "./useLabelLevels.ts";
import { useOverview } from "./useOverview.ts";
import { usePinSync } from "./usePinSync.ts";
import { useSelectionSync } from "./useSelectionSync.ts";

export function GraphCanvas() {
  const { t } = useT();
  const { data: whole, isLoading, error, refetch } = useVisibleGraph();
  // A large graph is drawn as its overview: `data` is what the canvas holds besides the clusters.
  const { graph: data, overview, extra } = useOverview(whole);
  const box = useRef<HTMLDivElement>(null);
  const webgl = webglRequested((data?.nodes.length ?? 0) + (data?.edges.length ?? 0) + extra.length);
  const cy = useCyInstance(
    box,
    webgl,
    isLargeGraph((data?.nodes.length ?? 0) + (overview?.clusters.length ?? 0)),
  );
  useGraphSync(cy, data, whole, extra);
  useSelectionSync(cy, data);
  useHighlightSync(cy, data);
  usePinSync(cy, data);
  useCanvasEvents(cy);
  useLabelLevels(cy);
  const onKeyDown = useCanvasKeyboard(cy);
  const ready = useCyStore((s) => data !== undefined && s.readyFor === data);
  const empty = data !== undefined && data.nodes.length === 0;
  const clusterIds = overview?.clusters.map((c) => c.id) ?? [];

  return (
    <div className="canvas-wrap">
      <div
        ref={box}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-node-count={(data?.nodes.length ?? 0) + clusterIds.length}
        data-edge-count={data?.edges.length ?? 0}
        data-node-ids={[...(data?.nodes.map((n) => n.id) ?? []), ...clusterIds].join(" ")}
        data-overview={overview ? "true" : "false"}
        data-ready={ready || empty ? "true" : "false"}
        data-renderer={webgl ? "webgl" : "canvas"}
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: role=application: the canvas handles its own keys
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-roledescription={t("canvasRole")}
        aria-keyshortcuts="ArrowRight ArrowLeft Enter Delete + - F Escape"
        aria-label={t("canvasLabel", { nodes: data?.nodes.length ?? 0, edges: data?.edges.length ?? 0 })}
        aria-describedby="canvas-keys"
      />
      <p id="canvas-keys" className="canvas-keys">
        {t("canvasKeys")}
      </p>
      <OverviewBar overview={overview} nodeCount={whole?.nodes.length ?? 0} />
      <LayoutProgressBar />
      {isLoading && <StatusOverlay kind="loading" message={t("loadingGraph")} />}
      {error && !data && <StatusOverlay kind="error" message={error.message} onRetry={refetch} />}
      {empty && (
        <StatusOverlay
          kind="empty"
          message={t("emptyGraph")}
          onRetry={resetFilters}
          actionLabel={t("resetFilters")}
        />
      )}
    </div>
  );
}
