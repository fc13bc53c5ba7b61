/**
 * The network drawing. Renders one box for Cytoscape plus the loading / empty / error overlays; each
 * concern (elements, selection, highlight, gestures) is its own hook acting on the instance by id.
 */
import { useRef } from "react";
import { useVisibleGraph } from "../graph/useVisibleGraph.ts";
import { useT } from "../i18n/useT.ts";
import { resetFilters } from "../state/resetFilters.ts";
import { StatusOverlay } from "../ui/StatusOverlay.tsx";
import { webglRequested } from "./createCy.ts";
import { useCyStore } from "./cyStore.ts";
import { useCanvasEvents } from "./useCanvasEvents.ts";
import { useCanvasKeyboard } from "./useCanvasKeyboard.ts";
import { useCyInstance } from "./useCyInstance.ts";
import { useGraphSync } from "./useGraphSync.ts";
import { useHighlightSync } from "./useHighlightSync.ts";
import { usePinSync } from "./usePinSync.ts";
import { useSelectionSync } from "./useSelectionSync.ts";

export function GraphCanvas() {
  const { t } = useT();
  const { data, isLoading, error, refetch } = useVisibleGraph();
  const box = useRef<HTMLDivElement>(null);
  const webgl = webglRequested((data?.nodes.length ?? 0) + (data?.edges.length ?? 0));
  const cy = useCyInstance(box, webgl);
  useGraphSync(cy, data);
  useSelectionSync(cy, data);
  useHighlightSync(cy, data);
  usePinSync(cy, data);
  useCanvasEvents(cy);
  const onKeyDown = useCanvasKeyboard(cy);
  const ready = useCyStore((s) => data !== undefined && s.readyFor === data);
  const empty = data !== undefined && data.nodes.length === 0;

  return (
    <div className="canvas-wrap">
      <div
        ref={box}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-node-count={data?.nodes.length ?? 0}
        data-edge-count={data?.edges.length ?? 0}
        data-node-ids={data?.nodes.map((n) => n.id).join(" ") ?? ""}
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
