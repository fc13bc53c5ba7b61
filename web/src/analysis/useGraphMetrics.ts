/**
 * Metrics of a graph payload, computed once per payload object: the canvas (sizeBy/colorBy) and the
 * analysis panel share the result through a WeakMap, so neither recomputes per render or per frame.
 */
import { useMemo } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { computeMetrics, type GraphMetrics, NO_METRICS } from "./graphMetrics.ts";

const cache = new WeakMap<GraphPayload, GraphMetrics>();
/** Without betweenness: what the canvas needs unless nodes are sized by it. */
const lightCache = new WeakMap<GraphPayload, GraphMetrics>();

export const EMPTY_METRICS = NO_METRICS;

export function metricsOf(payload: GraphPayload | undefined, betweenness = true): GraphMetrics {
  if (!payload) return EMPTY_METRICS;
  const full = cache.get(payload);
  if (full) return full;
  if (!betweenness) {
    let light = lightCache.get(payload);
    if (!light) {
      light = computeMetrics(payload, { betweenness: false });
      lightCache.set(payload, light);
    }
    return light;
  }
  const metrics = computeMetrics(payload);
  cache.set(payload, metrics);
  return metrics;
}

export function useGraphMetrics(payload: GraphPayload | undefined, betweenness = true): GraphMetrics {
  return useMemo(() => metricsOf(payload, betweenness), [payload, betweenness]);
}
