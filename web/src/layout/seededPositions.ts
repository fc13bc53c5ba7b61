/**
 * Starting positions that depend only on a node's id and the seed, so the same graph always starts (and,
 * the force layout being deterministic, ends) in the same picture: a shared link reopens what was sent.
 */

/** FNV-1a of the text: a stable 32-bit hash, the same in every browser. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Spacing of the starting disc: about one node per this many square units. */
const AREA_PER_NODE = 80 * 80;

/** x, y of each id (interleaved), spread uniformly over a disc sized for the number of nodes. */
export function seededPositions(ids: readonly string[], seed = 1): Float64Array {
  const radius = Math.sqrt((ids.length * AREA_PER_NODE) / Math.PI);
  const out = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const a = hash(`${seed}:${id}`) / 4294967296;
    const b = hash(`${id}:${seed}`) / 4294967296;
    const r = radius * Math.sqrt(b);
    out[2 * i] = r * Math.cos(2 * Math.PI * a);
    out[2 * i + 1] = r * Math.sin(2 * Math.PI * a);
  });
  return out;
}
