/**
 * Runs a layout with Math.random replaced by a seeded generator, so the same graph always lays out the
 * same way and a shared link reopens the same picture. fcose draws its random start inside run(), which
 * is synchronous for a fresh layout, so the swap covers exactly that call.
 */

/** The seed every layout starts from; a link carries no seed because there is only this one. */
export const LAYOUT_SEED = 14;

/** mulberry32: small, fast and well distributed; deterministic for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
