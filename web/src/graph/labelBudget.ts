/**
 * Which labels to draw: the most important nodes first, as many as the screen has room for, never two
 * that overlap. Everything in screen pixels, so zooming in makes room for more names (level of detail).
 * Pure, so it is tested without a browser.
 */

export interface LabelCandidate {
  id: string;
  /** Centre of the label box, screen px. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Higher first; Infinity for labels that must show (the selection). */
  score: number;
}

export interface Screen {
  w: number;
  h: number;
}

/** Screen area per label: about a hundred names on a laptop screen, as sigma.js shows. */
export const AREA_PER_LABEL = 12000;

export const labelBudget = (screen: Screen) =>
  Math.max(8, Math.floor((screen.w * screen.h) / AREA_PER_LABEL));

const CELL = 64;

/** A uniform grid of accepted boxes: each new box is checked only against boxes in the cells it covers. */
class BoxGrid {
  private cells = new Map<number, LabelCandidate[]>();

  private keys(b: LabelCandidate): number[] {
    const out: number[] = [];
    const x0 = Math.floor((b.x - b.w / 2) / CELL);
    const x1 = Math.floor((b.x + b.w / 2) / CELL);
    const y0 = Math.floor((b.y - b.h / 2) / CELL);
    const y1 = Math.floor((b.y + b.h / 2) / CELL);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) out.push(i * 100003 + j);
    return out;
  }

  overlaps(b: LabelCandidate): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? [])
        if (Math.abs(o.x - b.x) * 2 < o.w + b.w && Math.abs(o.y - b.y) * 2 < o.h + b.h) return true;
    return false;
  }

  add(b: LabelCandidate) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k) ?? [];
      list.push(b);
      this.cells.set(k, list);
    }
  }
}

const onScreen = (b: LabelCandidate, s: Screen) =>
  b.x + b.w / 2 >= 0 && b.x - b.w / 2 <= s.w && b.y + b.h / 2 >= 0 && b.y - b.h / 2 <= s.h;

export function pickLabels(
  candidates: readonly LabelCandidate[],
  screen: Screen,
  budget = labelBudget(screen),
): Set<string> {
  const ranked = candidates
    .filter((b) => onScreen(b, screen))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new BoxGrid();
  const chosen = new Set<string>();
  for (const b of ranked) {
    const forced = b.score === Number.POSITIVE_INFINITY;
    if (!forced && chosen.size >= budget) break;
    if (!forced && grid.overlaps(b)) continue;
    grid.add(b);
    chosen.add(b.id);
  }
  return chosen;
}

/** Rough box of a label in screen px: Cytoscape does not measure text it does not draw. */
export function labelBox(label: string, fontPx: number): { w: number; h: number } {
  const lines = label.split("\n");
  const longest = Math.max(...lines.map((l) => l.length));
  return { w: longest * fontPx * 0.56 + 4, h: lines.length * fontPx * 1.25 + 2 };
}
