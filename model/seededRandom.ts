/**
 * A seeded generator (a linear congruential one) for Louvain, so the same graph always falls into the
 * same communities: on the canvas (stable colours) and in the "who connects two communities" answer.
 */
export function seededRandom(seed = 42): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}
