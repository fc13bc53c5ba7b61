/**
 * The overview of the visible graph when it is larger than the view's threshold (see graph/overview.ts),
 * with its clusters as canvas elements; null when the graph is drawn whole.
 */
import type { ElementDefinition } from "cytoscape";
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { GraphPayload } from "../../../model/api.ts";
import { clusterElements } from "../graph/clusterElements.ts";
import { type Overview, overviewOf, type Structure, structureOf } from "../graph/overview.ts";
import { tieEnds, useViewStore } from "../state/viewState.ts";

const structures = new WeakMap<GraphPayload, Structure>();

function structureFor(payload: GraphPayload): Structure {
  let s = structures.get(payload);
  if (!s) {
    s = structureOf(payload);
    structures.set(payload, s);
  }
  return s;
}

export interface DrawnGraph {
  /** The real nodes and edges drawn: the whole visible graph, or the overview's part of it. */
  graph: GraphPayload | undefined;
  overview: Overview | null;
  /** Cluster nodes and their ties, drawn beside the real elements. */
  extra: ElementDefinition[];
}

const NONE: ElementDefinition[] = [];

export function useOverview(data: GraphPayload | undefined): DrawnGraph {
  const v = useViewStore(
    useShallow((s) => ({
      threshold: s.overview,
      clusters: s.clusters,
      selected: s.selected,
      tie: s.tie,
      pathFrom: s.pathFrom,
      pathTo: s.pathTo,
      lang: s.lang,
    })),
  );
  const overview = useMemo(() => {
    if (!data || v.threshold <= 0 || data.nodes.length <= v.threshold) return null;
    const keep = [v.selected, v.pathFrom, v.pathTo, ...(tieEnds(v.tie) ?? [])].filter((id) => id !== null);
    return overviewOf(data, structureFor(data), { threshold: v.threshold, expanded: v.clusters, keep });
  }, [data, v.threshold, v.clusters, v.selected, v.tie, v.pathFrom, v.pathTo]);
  const extra = useMemo(() => (overview ? clusterElements(overview, v.lang) : NONE), [overview, v.lang]);
  return { graph: overview?.graph ?? data, overview, extra };
}
