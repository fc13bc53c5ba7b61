/**
 * Metrics of a graph payload, computed once per payload object: the canvas (sizeBy/colorBy) and the
 * analysis panel share the result through a WeakMap, so neither recomputes per render or per frame.
 * The metrics code (graphology, Louvain) loads on demand; until it has, nodes are sized by degree.
 */
import { useEffect, useMemo, useState } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { degreeOnly, NO_METRICS } from "./degrees.ts";
import type { GraphMetrics } from "./graphMetrics.ts";

type MetricsModule = typeof import("./graphMetrics.ts");

const cache = new WeakMap<GraphPayload, GraphMetrics>();
/** Without betweenness: what the canvas needs unless nodes are sized by it. */
const lightCache = new WeakMap<GraphPayload, GraphMetrics>();
const degreeCache = new WeakMap<GraphPayload, GraphMetrics>();
let module: MetricsModule | null = null;
let loading: Promise<void> | null = null;

export const EMPTY_METRICS = NO_METRICS;

export function loadMetrics(): Promise<void> {
  loading ??= import("./graphMetrics.ts").then((m) => {
    module = m;
  });
  return loading;
}

/** The metrics a cache holds for a payload, computed on its first ask. */
function cachedIn(
  store: WeakMap<GraphPayload, GraphMetrics>,
  payload: GraphPayload,
  compute: () => GraphMetrics,
): GraphMetrics {
  let metrics = store.get(payload);
  if (!metrics) {
    metrics = compute();
    store.set(payload, metrics);
  }
  return metrics;
}

/**
 * `library: false`: degree only, never Louvain or centrality — the canvas at its defaults (size by
 * degree, colour by kind) needs nothing more, and Louvain held the main thread for hundreds of ms on
 * thousands of nodes right after the first draw.
 */
export function metricsOf(
  payload: GraphPayload | undefined,
  betweenness = true,
  library = true,
): GraphMetrics {
  if (!payload) return EMPTY_METRICS;
  const m = module;
  if (!m || !library) return cachedIn(degreeCache, payload, () => degreeOnly(payload));
  const full = cache.get(payload);
  if (full) return full;
  if (!betweenness)
    return cachedIn(lightCache, payload, () => m.computeMetrics(payload, { betweenness: false }));
  return cachedIn(cache, payload, () => m.computeMetrics(payload));
}

export function useGraphMetrics(
  payload: GraphPayload | undefined,
  betweenness = true,
  library = true,
): GraphMetrics {
  const [loaded, setLoaded] = useState(module !== null);
  useEffect(() => {
    if (!loaded && payload && library) void loadMetrics().then(() => setLoaded(true));
  }, [loaded, payload, library]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` switches degree-only to full metrics
  return useMemo(() => metricsOf(payload, betweenness, library), [payload, betweenness, library, loaded]);
}
