/**
 * Metrics of a graph payload, computed once per payload object: the canvas (sizeBy/colorBy) and the
 * analysis panel share the result through a WeakMap, so neither recomputes per render or per frame.
 */
import { useMemo } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { computeMetrics, type GraphMetrics, NO_METRICS } from "./graphMetrics.ts";

const cache = new WeakMap<GraphPayload, GraphMetrics>();

export const EMPTY_METRICS = NO_METRICS;

export function metricsOf(payload: GraphPayload | undefined): GraphMetrics {
  if (!payload) return EMPTY_METRICS;
  let metrics = cache.get(payload);
  if (!metrics) {
    metrics = computeMetrics(payload);
    cache.set(payload, metrics);
  }
  return metrics;
}

export function useGraphMetrics(payload: GraphPayload | undefined): GraphMetrics {
  return useMemo(() => metricsOf(payload), [payload]);
}
