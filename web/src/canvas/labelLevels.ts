/**
 * Level of detail for labels on the canvas: picks the labelled nodes (graph/labelBudget.ts) for the
 * current view and marks them with the `labelled` class; only those draw a name. Labels keep at least
 * their normal size on screen when zoomed out (font scaled by 1/zoom), as in sigma.js.
 */
import type { Core, NodeSingular } from "cytoscape";
import { type LabelCandidate, labelBox, pickLabels } from "../graph/labelBudget.ts";

const BIG_FONT_KINDS = new Set(["Person", "Country"]);
const baseFont = (n: NodeSingular) =>
  BIG_FONT_KINDS.has(n.data("kind")) ? 17 : n.data("kind") === "Cluster" ? 15 : 13;

/** How much a node's name matters: the selection always, then search hits and the selection's neighbours, then degree. */
function importance(cy: Core): Map<string, number> {
  // Degree counted from the edge list: `node.degree()` builds a collection per node.
  const score = new Map<string, number>();
  const bump = (id: string, by: number) => score.set(id, (score.get(id) ?? 0) + by);
  cy.edges().forEach((e) => {
    bump(e.data("source"), 1);
    bump(e.data("target"), 1);
  });
  cy.nodes("[count]").forEach((n) => {
    bump(n.id(), Number(n.data("count")));
  });
  const boost = (n: NodeSingular, by: number) => bump(n.id(), by);
  cy.nodes(".found, .highlighted").forEach((n) => {
    boost(n, 1e8);
  });
  cy.nodes(":selected").forEach((n) => {
    n.neighborhood("node").forEach((m) => {
      boost(m, 1e7);
    });
    score.set(n.id(), Number.POSITIVE_INFINITY);
  });
  return score;
}

export function candidatesOf(cy: Core): LabelCandidate[] {
  const zoom = cy.zoom();
  const score = importance(cy);
  const out: LabelCandidate[] = [];
  cy.nodes().forEach((n) => {
    const label = String(n.data("label") ?? "");
    if (!label) return;
    const p = n.renderedPosition();
    const size = Number(n.data("size") ?? 34) * zoom;
    const { w, h } = labelBox(label, baseFont(n) * Math.max(1, zoom));
    out.push({ id: n.id(), x: p.x, y: p.y + size / 2 + 4 + h / 2, w, h, score: score.get(n.id()) ?? 0 });
  });
  return out;
}

/** Recomputes which nodes are labelled; only nodes whose state changes are touched. */
export function updateLabels(cy: Core) {
  if (cy.destroyed() || cy.nodes().empty()) return;
  const chosen = pickLabels(candidatesOf(cy), { w: cy.width(), h: cy.height() });
  const zoom = cy.zoom();
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const on = chosen.has(n.id());
      if (on !== n.hasClass("labelled")) n.toggleClass("labelled", on);
      if (!on) return;
      const font = Math.round((baseFont(n) / Math.min(1, zoom)) * 10) / 10;
      if (n.data("lfs") !== font) n.data("lfs", font);
    });
  });
}

/** Runs `fn` at most once per `ms`, and once more after the last call; `now` runs it at once. */
export function throttle(
  fn: () => void,
  ms: number,
): { call: () => void; now: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  let pending = false;
  const run = () => {
    timer = null;
    last = performance.now();
    pending = false;
    fn();
  };
  return {
    now: () => {
      if (timer) clearTimeout(timer);
      run();
    },
    call: () => {
      pending = true;
      if (timer) return;
      timer = setTimeout(run, Math.max(0, ms - (performance.now() - last)));
    },
    cancel: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (pending) pending = false;
    },
  };
}
