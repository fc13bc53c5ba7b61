/**
 * Keeps the canvas in step with the visible graph, one hook per concern: elements (membership and
 * layout after a change), node styles (metrics, labels, language) and the chosen layout.
 */
import type { Core, ElementDefinition } from "cytoscape";
import type { GraphPayload } from "../../../model/api.ts";
import { useGraphMetrics } from "../analysis/useGraphMetrics.ts";
import { type ColorBy, type SizeBy, useViewStore } from "../state/viewState.ts";
import { useElementSync } from "./useElementSync.ts";
import { useLayoutChoice } from "./useLayoutChoice.ts";
import { useNodeStyleSync } from "./useNodeStyleSync.ts";

/** Centrality or communities only when the canvas shows them: degree is counted without the library. */
export const canvasNeedsLibrary = (sizeBy: SizeBy, colorBy: ColorBy) =>
  sizeBy === "betweenness" || colorBy === "community";

/**
 * `graph` is what is drawn, `whole` the visible graph it comes from (they differ on the overview, whose
 * clusters come as `extra` elements): sizes and colours come from the whole graph's metrics.
 */
export function useGraphSync(
  cy: Core | null,
  graph: GraphPayload | undefined,
  whole: GraphPayload | undefined = graph,
  extra: ElementDefinition[] = [],
) {
  // No metrics for an empty graph (nothing to size; graphology's betweenness throws on it).
  const sizeBy = useViewStore((s) => s.sizeBy);
  const colorBy = useViewStore((s) => s.colorBy);
  const metrics = useGraphMetrics(
    whole && whole.nodes.length > 0 ? whole : undefined,
    sizeBy === "betweenness",
    canvasNeedsLibrary(sizeBy, colorBy),
  );
  useElementSync(cy, graph, metrics, extra);
  useNodeStyleSync(cy, graph, metrics);
  useLayoutChoice(cy, graph);
}
