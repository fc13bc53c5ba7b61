/**
 * Keeps the canvas in step with the visible graph, one hook per concern: elements (membership and
 * layout after a change), node styles (metrics, labels, language) and the chosen layout.
 */
import type { Core } from "cytoscape";
import type { GraphPayload } from "../../../model/api.ts";
import { useGraphMetrics } from "../analysis/useGraphMetrics.ts";
import { useElementSync } from "./useElementSync.ts";
import { useLayoutChoice } from "./useLayoutChoice.ts";
import { useNodeStyleSync } from "./useNodeStyleSync.ts";

export function useGraphSync(cy: Core | null, graph: GraphPayload | undefined) {
  // No metrics for an empty graph (nothing to size; graphology's betweenness throws on it).
  const metrics = useGraphMetrics(graph && graph.nodes.length > 0 ? graph : undefined);
  useElementSync(cy, graph, metrics);
  useNodeStyleSync(cy, graph, metrics);
  useLayoutChoice(cy, graph);
}
