/**
 * One benchmark run in the browser, with the app's own pieces: metrics (useGraphMetrics' compute),
 * elements and sizes (web/src/graph), the Cytoscape core and renderer choice (web/src/canvas/createCy)
 * and the app's layout run for that size (web/src/canvas/runLayout).
 */
import type { Core } from "cytoscape";
import type { GraphPayload } from "../../model/api.ts";
import { computeMetrics } from "../src/analysis/graphMetrics.ts";
import { applyNodeData } from "../src/canvas/applyNodeData.ts";
import { createCy, webglRequested } from "../src/canvas/createCy.ts";
import { useCyStore } from "../src/canvas/cyStore.ts";
import { runLayout } from "../src/canvas/runLayout.ts";
import { toElements } from "../src/graph/elements.ts";
import { LARGE_GRAPH, usesWorker } from "../src/graph/layouts.ts";
import { isLargeGraph } from "../src/graph/stylesheet.ts";
import { useViewStore } from "../src/state/viewState.ts";
import { motionAt, scriptedMotion, watchLongTasks } from "./frameStats.ts";

export interface BenchResult {
  nodes: number;
  edges: number;
  renderer: "webgl" | "canvas";
  layout: string;
  metricsMs: number;
  buildMs: number;
  firstFrameMs: number;
  layoutMs: number;
  firstNetworkMs: number;
  heapMB: number | null;
  /** Longest main-thread task after the first frame (layout, then a scripted pan and zoom), ms. */
  longestTaskMs: number;
  /** Frames per second during the scripted pan and zoom. */
  fps: number;
}

const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Resolves after the renderer has drawn a frame that includes the latest change. */
async function drawn(cy: Core): Promise<number> {
  cy.forceRender?.();
  await nextFrame();
  return nextFrame();
}

/**
 * The app's own layout run (canvas/runLayout.ts: the view's layout — fcose by default — then label
 * spreading and fit), finished when the canvas store reports the graph ready.
 */
function layoutLikeTheApp(cy: Core, graph: GraphPayload): Promise<string> {
  const layout = useViewStore.getState().layout;
  const n = cy.nodes().length;
  const label = usesWorker(layout, n)
    ? "ForceAtlas2 (worker)"
    : layout === "fcose"
      ? `fcose (${n > LARGE_GRAPH ? "draft" : "default"})`
      : layout;
  return new Promise((resolve) => {
    const stop = useCyStore.subscribe((s) => {
      if (s.readyFor !== graph) return;
      stop();
      resolve(label);
    });
    runLayout(cy, false, graph);
  });
}

export async function measure(payload: GraphPayload, container: HTMLElement): Promise<BenchResult> {
  const start = performance.now();
  const metrics = computeMetrics(payload);
  const afterMetrics = performance.now();
  const elements = toElements(payload, "en");
  const webgl = webglRequested(elements.length);
  const cy = createCy(container, webgl, "en", isLargeGraph(payload.nodes.length));
  cy.add(elements);
  applyNodeData(cy, metrics, "degree", "kind");
  const built = performance.now();
  const firstFrame = await drawn(cy);
  const tasks = watchLongTasks();
  const layoutStart = performance.now();
  const layout = await layoutLikeTheApp(cy, payload);
  const layoutEnd = performance.now();
  const network = await drawn(cy);
  const zoom0 = cy.zoom();
  const pan0 = cy.pan();
  const fps = await scriptedMotion((t) => {
    const m = motionAt(t);
    cy.viewport({ zoom: zoom0 * m.zoom, pan: { x: pan0.x + m.dx * 10, y: pan0.y + m.dy * 10 } });
  });
  const longestTaskMs = tasks.longest();
  tasks.stop();
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    nodes: payload.nodes.length,
    edges: payload.edges.length,
    renderer: webgl ? "webgl" : "canvas",
    layout,
    metricsMs: afterMetrics - start,
    buildMs: built - afterMetrics,
    firstFrameMs: firstFrame - start,
    layoutMs: layoutEnd - layoutStart,
    firstNetworkMs: network - start,
    heapMB: memory ? memory.usedJSHeapSize / 2 ** 20 : null,
    longestTaskMs,
    fps,
  };
}
