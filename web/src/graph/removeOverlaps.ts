/**
 * A last pass after the force layout: pushes apart nodes whose boxes (label included) still overlap,
 * along the axis where they overlap least. Force layouts only approximate "no overlap"; this makes it
 * hold for the labels a reader sees. O(n²) per round, so only run on small and mid-sized graphs.
 */

export interface Box {
  id: string;
  /** Centre of the box (node and label together). */
  x: number;
  y: number;
  w: number;
  h: number;
  fixed?: boolean;
}

const GAP = 4;

function separate(a: Box, b: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const ox = (a.w + b.w) / 2 + GAP - Math.abs(dx);
  const oy = (a.h + b.h) / 2 + GAP - Math.abs(dy);
  if (ox <= 0 || oy <= 0) return false;
  const share = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
  if (ox < oy) {
    const s = dx === 0 ? 1 : Math.sign(dx);
    a.x -= s * ox * share[0]!;
    b.x += s * ox * share[1]!;
  } else {
    const s = dy === 0 ? 1 : Math.sign(dy);
    a.y -= s * oy * share[0]!;
    b.y += s * oy * share[1]!;
  }
  return true;
}

/** Moves boxes in place; returns how many overlapping pairs were left after the last round. */
export function removeOverlaps(boxes: Box[], rounds = 40): number {
  let left = 0;
  for (let r = 0; r < rounds; r++) {
    left = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.fixed && b.fixed) continue;
        if (separate(a, b)) left++;
      }
    if (left === 0) break;
  }
  return left;
}
