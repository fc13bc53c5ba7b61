/**
 * One seeded generator (mulberry32: small, fast, well distributed) for everything that must repeat:
 * Louvain's communities (stable colours on the canvas, the "who connects two communities" answer),
 * layouts a shared link must reopen the same way, and the generated graphs and corpora of the
 * benchmarks and the chaos test.
 */
export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
