/**
 * One benchmark run in the browser, with the app's own pieces: metrics (useGraphMetrics' compute),
 * elements and sizes (web/src/graph), the Cytoscape core and renderer choice (web/src/canvas/createCy)
 * and the layout options the app picks for that size (web/src/graph/layouts).
 */
import type { Core } from "cytoscape";
import type { GraphPayload } from "../../model/api.ts";
import { computeMetrics } from "../src/analysis/graphMetrics.ts";
import { applyNodeData } from "../src/canvas/applyNodeData.ts";
import { createCy, webglRequested } from "../src/canvas/createCy.ts";
import { toElements } from "../src/graph/elements.ts";
import { layoutOptions } from "../src/graph/layouts.ts";

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
}

const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Resolves after the renderer has drawn a frame that includes the latest change. */
async function drawn(cy: Core): Promise<number> {
  cy.forceRender?.();
  await nextFrame();
  return nextFrame();
}

function runLayout(cy: Core): Promise<string> {
  const options = layoutOptions({
    name: "fcose",
    nodeCount: cy.nodes().length,
    pinned: {},
    incremental: false,
  });
  const label = `${options.name}${"quality" in options ? ` (${String(options.quality)})` : ""}`;
  return new Promise((resolve) => {
    const layout = cy.elements().layout(options);
    layout.one("layoutstop", () => resolve(label));
    layout.run();
  });
}

export async function measure(payload: GraphPayload, container: HTMLElement): Promise<BenchResult> {
  const start = performance.now();
  const metrics = computeMetrics(payload);
  const afterMetrics = performance.now();
  const elements = toElements(payload, "en");
  const webgl = webglRequested(elements.length);
  const cy = createCy(container, webgl);
  cy.add(elements);
  applyNodeData(cy, metrics, "degree", "kind");
  const built = performance.now();
  const firstFrame = await drawn(cy);
  const layoutStart = performance.now();
  const layout = await runLayout(cy);
  const layoutEnd = performance.now();
  cy.fit(undefined, 40);
  const network = await drawn(cy);
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
  };
}
