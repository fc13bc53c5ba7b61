/**
 * Runs the chosen layout on the canvas, one at a time: a new run stops the previous one, and the
 * canvas reports ready only when the run that matches the current graph has stopped. The force layout
 * of a large graph runs in a worker (workerLayout.ts); the others are Cytoscape's own.
 */
import type { Core } from "cytoscape";
import { aspectStretch } from "../graph/aspect.ts";
import { layoutOptions, usesWorker } from "../graph/layouts.ts";
import { useViewStore } from "../state/viewState.ts";
import { useCyStore } from "./cyStore.ts";
import { layoutReady, loadLayout } from "./layoutExtensions.ts";
import { LAYOUT_SEED, withSeededRandom } from "./seededRandom.ts";
import { spreadLabels } from "./spreadLabels.ts";
import { runWorkerLayout } from "./workerLayout.ts";

let running: { stop: () => void } | null = null;

function stretchToView(cy: Core, pinned: Readonly<Record<string, unknown>>) {
  const bb = cy.nodes().boundingBox({});
  const k = aspectStretch(bb.w, bb.h, cy.width(), cy.height());
  if (k === 1) return;
  const cx = (bb.x1 + bb.x2) / 2;
  const cyy = (bb.y1 + bb.y2) / 2;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (n.id() in pinned) return;
      const p = n.position();
      n.position({ x: cx + (p.x - cx) * k, y: cyy + (p.y - cyy) / k });
    });
  });
}

export function runLayout(cy: Core, incremental: boolean, graph: object) {
  running?.stop();
  running = null;
  const { layout, pinned } = useViewStore.getState();
  const present = Object.fromEntries(Object.entries(pinned).filter(([id]) => cy.$id(id).nonempty()));
  useCyStore.getState().setReadyFor(null);
  // The overview's clusters (heavy nodes, dense ties) took fcose 9.5 s at 88 nodes: the worker it is.
  const overview = cy.nodes('[kind = "Cluster"]').nonempty();
  if (usesWorker(layout, cy.nodes().length, overview)) {
    const run = runWorkerLayout(cy, incremental, present, () => {
      if (running !== run) return;
      running = null;
      // Fitted by the worker run itself, unless the user has moved the view meanwhile.
      spreadLabels(cy, present);
      useCyStore.getState().setReadyFor(graph);
    });
    running = run;
    return;
  }
  // A layout from an extension (fcose) runs once its code has arrived.
  if (!layoutReady(layout)) {
    void loadLayout(layout).then(() => !cy.destroyed() && runLayout(cy, incremental, graph));
    return;
  }
  const options = layoutOptions({ name: layout, nodeCount: cy.nodes().length, pinned: present, incremental });
  const eles =
    layout === "fcose" ? cy.elements() : cy.elements().not(cy.nodes().filter((n) => n.id() in present));
  const run = eles.layout(options);
  // A core replaced since (renderer or size change) has no layout left to stop.
  running = { stop: () => !cy.destroyed() && run.stop() };
  const mine = running;
  run.one("layoutstop", () => {
    if (running !== mine) return;
    running = null;
    // fcose's component packing can shift a fixed node a little: put pins back exactly.
    cy.batch(() => {
      for (const [id, at] of Object.entries(present)) cy.$id(id).position({ ...at });
    });
    if (layout === "fcose") stretchToView(cy, present);
    spreadLabels(cy, present);
    cy.fit(undefined, 40);
    useCyStore.getState().setReadyFor(graph);
  });
  // Seeded: the same graph lays out the same way, so a shared link reopens the same picture.
  withSeededRandom(LAYOUT_SEED, () => run.run());
}
