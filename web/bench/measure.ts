/**
 * One benchmark run in the browser, with the app's own pieces: the overview a large graph opens on
 * (structure in its worker, graph/overview.ts, clusterElements) or the whole graph ("draw everything"),
 * the canvas metrics at the view's defaults (degree), elements (graph/elements diffElements), the
 * Cytoscape core and renderer choice (canvas/createCy), label level of detail (canvas/useLabelLevels)
 * and the app's layout run for that size (canvas/runLayout).
 */
import type { Core, ElementDefinition } from "cytoscape";
import type { GraphPayload } from "../../model/api.ts";
import { metricsOf } from "../src/analysis/useGraphMetrics.ts";
import { applyNodeData } from "../src/canvas/applyNodeData.ts";
import { createCy, webglRequested } from "../src/canvas/createCy.ts";
import { useCyStore } from "../src/canvas/cyStore.ts";
import { runLayout } from "../src/canvas/runLayout.ts";
import { canvasNeedsLibrary } from "../src/canvas/useGraphSync.ts";
import { watchLabelLevels } from "../src/canvas/useLabelLevels.ts";
import { warmLayoutWorker } from "../src/canvas/workerLayout.ts";
import { clusterElements } from "../src/graph/clusterElements.ts";
import { diffElements } from "../src/graph/elements.ts";
import { LARGE_GRAPH, usesWorker } from "../src/graph/layouts.ts";
import { overviewOf } from "../src/graph/overview.ts";
import { structureFor } from "../src/graph/structureWorker.ts";
import { isLargeGraph } from "../src/graph/stylesheet.ts";
import { OVERVIEW_THRESHOLD, useViewStore } from "../src/state/viewState.ts";
import { motionAt, scriptedMotion, watchLongTasks } from "./frameStats.ts";

/** What the page opens a large graph on (the overview), or the whole graph after "draw everything". */
export type BenchMode = "overview" | "full";

export interface BenchResult {
  mode: BenchMode;
  nodes: number;
  edges: number;
  /** Nodes and edges on the canvas: the overview's leaders, clusters and ties, or everything. */
  drawnNodes: number;
  drawnEdges: number;
  renderer: "webgl" | "canvas";
  layout: string;
  /** Overview only: structure (degree, Louvain) from its worker, then the folding, ms. */
  structureMs: number;
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

/** Resolves once Cytoscape draws again: a small graph's canvas waits for its layout (workerLayout.ts). */
async function drawing(cy: Core): Promise<void> {
  while (cy.batching()) await nextFrame();
}

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
  const overview = cy.nodes('[kind = "Cluster"]').nonempty();
  const label = usesWorker(layout, n, overview)
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

/** What the canvas holds for the mode: the overview (above the app's threshold) or the whole graph. */
async function drawnPart(payload: GraphPayload, mode: BenchMode) {
  const { overview: threshold } = useViewStore.getState();
  const whole = { graph: payload, extra: [] as ElementDefinition[] };
  const drawnWhole = mode === "full" || threshold <= 0 || payload.nodes.length <= threshold;
  if (drawnWhole) {
    // As useOverview: a whole graph for the worker layout starts its worker while elements are built.
    if (usesWorker(useViewStore.getState().layout, payload.nodes.length)) warmLayoutWorker();
    return whole;
  }
  // As useOverview: the layout worker loads while the structure is computed.
  warmLayoutWorker();
  const structure = await structureFor(payload);
  const o = overviewOf(payload, structure, { threshold, expanded: [], keep: [] });
  return o ? { graph: o.graph, extra: clusterElements(o, "en") } : whole;
}

export async function measure(
  payload: GraphPayload,
  container: HTMLElement,
  mode: BenchMode = "overview",
): Promise<BenchResult> {
  useViewStore.getState().set({ overview: OVERVIEW_THRESHOLD });
  const start = performance.now();
  const part = await drawnPart(payload, mode);
  const afterStructure = performance.now();
  const { sizeBy, colorBy } = useViewStore.getState();
  // What useGraphSync gives the canvas at the view's defaults: sizes from the whole graph's degrees.
  const metrics = metricsOf(payload, sizeBy === "betweenness", canvasNeedsLibrary(sizeBy, colorBy));
  const afterMetrics = performance.now();
  const elements = diffElements(new Set(), part.graph, "en", part.extra).add;
  const webgl = webglRequested(elements.length);
  const clusters = part.extra.filter((e) => e.group === "nodes").length;
  const cy = createCy(container, webgl, "en", isLargeGraph(part.graph.nodes.length + clusters));
  const stopLabels = watchLabelLevels(cy);
  cy.add(elements);
  applyNodeData(cy, metrics, sizeBy, colorBy);
  const built = performance.now();
  // As useElementSync: the layout starts at once (seeded positions placed), so the first frame drawn
  // is the network at its starting positions, not every node piled at the origin; a graph of up to
  // HOLD_NODES nodes is drawn first when its layout is done (workerLayout.ts holdDrawing).
  const layoutStart = performance.now();
  const laidOut = layoutLikeTheApp(cy, payload);
  await drawing(cy);
  const firstFrame = await drawn(cy);
  performance.mark("bench-first-frame");
  // Watched from the next task on: the task that drew the first frame is not after it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const tasks = watchLongTasks();
  const layout = await laidOut;
  const layoutEnd = performance.now();
  const network = await drawn(cy);
  performance.mark("bench-network");
  const zoom0 = cy.zoom();
  const pan0 = cy.pan();
  const fps = await scriptedMotion((t) => {
    const m = motionAt(t);
    cy.viewport({ zoom: zoom0 * m.zoom, pan: { x: pan0.x + m.dx * 10, y: pan0.y + m.dy * 10 } });
  });
  const longestTaskMs = tasks.longest();
  tasks.stop();
  stopLabels();
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    mode,
    nodes: payload.nodes.length,
    edges: payload.edges.length,
    drawnNodes: cy.nodes().length,
    drawnEdges: cy.edges().length,
    renderer: webgl ? "webgl" : "canvas",
    layout,
    structureMs: afterStructure - start,
    metricsMs: afterMetrics - afterStructure,
    buildMs: built - afterMetrics,
    firstFrameMs: firstFrame - start,
    layoutMs: layoutEnd - layoutStart,
    firstNetworkMs: network - start,
    heapMB: memory ? memory.usedJSHeapSize / 2 ** 20 : null,
    longestTaskMs,
    fps,
  };
}
