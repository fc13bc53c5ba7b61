/** Node sizes from a metric: square-root scale so a hub stands out without swallowing its neighbours. */

export const MIN_SIZE = 26;
export const MAX_SIZE = 70;
export const DEFAULT_SIZE = 34;

export function sizesFrom(metric: Readonly<Record<string, number>> | null, ids: readonly string[]) {
  const out: Record<string, number> = {};
  if (!metric) {
    for (const id of ids) out[id] = DEFAULT_SIZE;
    return out;
  }
  let max = 0;
  for (const id of ids) max = Math.max(max, metric[id] ?? 0);
  for (const id of ids) {
    const v = metric[id] ?? 0;
    out[id] = max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(v / max) : DEFAULT_SIZE;
  }
  return out;
}
