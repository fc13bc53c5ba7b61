/**
 * The force layout of large graphs, off the main thread: the worker (layout/forceLayout.worker.ts)
 * streams positions in batches and the canvas draws the latest batch once per frame, so the page stays
 * pannable, shows progress and can stop the run. Nodes start from seeded positions (layout/seededPositions)
 * or, for an incremental run, from where they are; pinned nodes stay put.
 */
import type { Core, NodeCollection } from "cytoscape";
import { iterationsFor, type LayoutJob, type LayoutStep } from "../layout/forceJob.ts";
import { seededPositions } from "../layout/seededPositions.ts";
import type { Position } from "../state/viewState.ts";
import { useLayoutProgress } from "./layoutProgress.ts";

export interface WorkerLayoutRun {
  /** Stops without calling `onDone` (a newer run replaces this one). */
  stop: () => void;
}

function positionsOf(nodes: NodeCollection): Float64Array {
  const out = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    out[2 * i] = n.position().x;
    out[2 * i + 1] = n.position().y;
  });
  return out;
}

export function jobFor(cy: Core, incremental: boolean, pinned: Readonly<Record<string, Position>>) {
  const nodes = cy.nodes().sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0)) as NodeCollection;
  const ids = nodes.map((n) => n.id());
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs: number[] = [];
  cy.edges().forEach((e) => {
    const s = index.get(e.data("source"));
    const t = index.get(e.data("target"));
    if (s !== undefined && t !== undefined) pairs.push(s, t);
  });
  const positions = incremental ? positionsOf(nodes) : seededPositions(ids);
  const fixed = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    const at = pinned[id];
    if (!at) return;
    fixed[i] = 1;
    positions[2 * i] = at.x;
    positions[2 * i + 1] = at.y;
  });
  const job: LayoutJob = {
    ids,
    edges: new Uint32Array(pairs),
    positions,
    fixed,
    iterations: iterationsFor(ids.length, incremental),
  };
  return { job, nodes };
}

/** One `positions` call for all nodes: per-node `position()` costs a bounds update and an event each. */
function place(cy: Core, nodes: NodeCollection, positions: Float64Array) {
  const index = new Map(nodes.map((n, i) => [n.id(), i]));
  cy.batch(() => {
    nodes.positions((n) => {
      const i = index.get(n.id())!;
      return { x: positions[2 * i]!, y: positions[2 * i + 1]! };
    });
  });
}

/**
 * Fits the view to the positions themselves: `cy.fit` measures every element's bounding box (edge
 * curves included), seconds on 25,000 elements.
 */
export function fitPositions(cy: Core, positions: Float64Array, padding = 40) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 2) {
    x1 = Math.min(x1, positions[i]!);
    x2 = Math.max(x2, positions[i]!);
    y1 = Math.min(y1, positions[i + 1]!);
    y2 = Math.max(y2, positions[i + 1]!);
  }
  if (!Number.isFinite(x1)) return;
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  const zoom = Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h);
  const z = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  cy.viewport({
    zoom: z,
    pan: { x: cy.width() / 2 - z * (x1 + w / 2), y: cy.height() / 2 - z * (y1 + h / 2) },
  });
}

/**
 * Time between redraws while the layout streams: each is a full frame of every element, so big graphs
 * redraw less often and leave the main thread free for the user in between.
 */
export const redrawEveryMs = (elements: number) => Math.max(250, Math.min(1500, elements / 8));

/**
 * A fresh layout of up to this many nodes is drawn once, finished: the worker takes a few hundred ms,
 * and every streamed redraw re-rasterised the whole network (web bench, 262 nodes: 4 redraws of
 * 150–450 ms, first network 2.3 s). Bigger graphs stream, so the page shows progress.
 */
export const HOLD_NODES = 400;
/** The drawing waits at most this long for the worker, then streams as usual. */
export const HOLD_MS = 1500;

/**
 * Computes element styles in slices while the worker works (measuring boxes makes Cytoscape apply its
 * stylesheet): it was half of the first draw, which then only has to paint.
 */
function prepareStyles(cy: Core, going: () => boolean, sliceMs = 25) {
  const eles = cy.elements().toArray();
  let next = 0;
  const slice = () => {
    if (!going() || cy.destroyed()) return;
    const until = performance.now() + sliceMs;
    while (next < eles.length && performance.now() < until) eles[next++]!.boundingBox();
    if (next < eles.length) setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}

/**
 * Keeps Cytoscape from drawing (its render loop skips frames while a batch is open) until `release`,
 * or HOLD_MS at most; the canvas keeps its previous picture meanwhile.
 */
export function holdDrawing(cy: Core, hold: boolean): { held: () => boolean; release: () => void } {
  if (!hold) return { held: () => false, release: () => undefined };
  let held = true;
  cy.startBatch();
  prepareStyles(cy, () => held);
  const release = () => {
    if (!held) return;
    held = false;
    clearTimeout(timer);
    if (!cy.destroyed()) cy.endBatch();
  };
  const timer = setTimeout(release, HOLD_MS);
  return { held: () => held, release };
}

/** Until the user pans or zooms, each batch is fitted to the view; after that the view is theirs. */
function watchUserMoves(cy: Core) {
  let moved = false;
  const container = cy.container();
  const mark = () => {
    moved = true;
  };
  container?.addEventListener("wheel", mark, { passive: true });
  container?.addEventListener("pointerdown", mark);
  return {
    moved: () => moved,
    dispose: () => {
      container?.removeEventListener("wheel", mark);
      container?.removeEventListener("pointerdown", mark);
    },
  };
}

const newWorker = () =>
  new Worker(new URL("../layout/forceLayout.worker.ts", import.meta.url), { type: "module" });
let spare: Worker | null = null;

/**
 * Starts a layout worker before its job: loading its code took 0.9–2 s of the overview's first layout,
 * now spent while the overview's structure is computed.
 */
export function warmLayoutWorker() {
  spare ??= newWorker();
}

export function runWorkerLayout(
  cy: Core,
  incremental: boolean,
  pinned: Readonly<Record<string, Position>>,
  onDone: () => void,
): WorkerLayoutRun {
  const { job, nodes } = jobFor(cy, incremental, pinned);
  const progress = useLayoutProgress.getState();
  const mine = {};
  const showing = () => useLayoutProgress.getState().owner === mine;
  const worker = spare ?? newWorker();
  spare = null;
  const user = watchUserMoves(cy);
  let latest: LayoutStep | null = null;
  let frame = 0;
  let lastDraw = 0;
  const every = redrawEveryMs(cy.elements().length);
  const hold = holdDrawing(cy, !incremental && nodes.length <= HOLD_NODES);
  let over = false;

  const end = (finished: boolean) => {
    if (over) return;
    over = true;
    worker.terminate();
    cancelAnimationFrame(frame);
    user.dispose();
    if (latest && !cy.destroyed()) {
      place(cy, nodes, latest.positions);
      if (finished && !user.moved()) fitPositions(cy, latest.positions);
    }
    if (showing()) progress.set({ running: false, cancel: null, owner: null });
    // Released after onDone: label spreading and names land in the first frame drawn.
    try {
      if (finished && !cy.destroyed()) onDone();
    } finally {
      hold.release();
    }
  };
  const draw = () => {
    frame = 0;
    if (cy.destroyed()) return end(false);
    if (!latest) return;
    lastDraw = performance.now();
    place(cy, nodes, latest.positions);
    if (!user.moved()) fitPositions(cy, latest.positions);
    if (latest.done >= latest.total) end(true);
  };
  worker.onmessage = (event: MessageEvent<LayoutStep>) => {
    latest = event.data;
    if (showing()) progress.set({ done: latest.done, total: latest.total });
    const last = latest.done >= latest.total;
    const due = !hold.held() && performance.now() - lastDraw >= every;
    if (!frame && (last || due)) frame = requestAnimationFrame(draw);
  };
  worker.onerror = () => end(true);
  progress.set({ running: true, done: 0, total: job.iterations, cancel: () => end(true), owner: mine });
  // Seeded start drawn at once: the first network appears before the first batch comes back.
  if (!incremental) {
    place(cy, nodes, job.positions);
    fitPositions(cy, job.positions);
  }
  worker.postMessage(job, [job.positions.buffer, job.edges.buffer, job.fixed.buffer]);
  return { stop: () => end(false) };
}
