/**
 * The overview of the visible graph when it is larger than the view's threshold (see graph/overview.ts),
 * with its clusters as canvas elements; null when the graph is drawn whole.
 */
import type { ElementDefinition } from "cytoscape";
import { useEffect, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { GraphPayload } from "../../../model/api.ts";
import { clusterElements } from "../graph/clusterElements.ts";
import type { Overview, Structure } from "../graph/overview.ts";
import { tieEnds, useViewStore } from "../state/viewState.ts";

type OverviewModule = typeof import("../graph/overview.ts");

/** Louvain and graphology load only for a graph over the threshold: most corpora never need them. */
let overviewModule: OverviewModule | null = null;
let loading: Promise<void> | null = null;
const loadOverview = () =>
  (loading ??= import("../graph/overview.ts").then((m) => {
    overviewModule = m;
  }));

const structures = new WeakMap<GraphPayload, Structure>();

function structureFor(m: OverviewModule, payload: GraphPayload): Structure {
  let s = structures.get(payload);
  if (!s) {
    s = m.structureOf(payload);
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
  const needed = !!data && v.threshold > 0 && data.nodes.length > v.threshold;
  const [loaded, setLoaded] = useState(overviewModule !== null);
  useEffect(() => {
    if (needed && !loaded) void loadOverview().then(() => setLoaded(true));
  }, [needed, loaded]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` brings the overview code in
  const overview = useMemo(() => {
    if (!needed || !data || !overviewModule) return null;
    const keep = [v.selected, v.pathFrom, v.pathTo, ...(tieEnds(v.tie) ?? [])].filter((id) => id !== null);
    const structure = structureFor(overviewModule, data);
    return overviewModule.overviewOf(data, structure, { threshold: v.threshold, expanded: v.clusters, keep });
  }, [needed, loaded, data, v.threshold, v.clusters, v.selected, v.tie, v.pathFrom, v.pathTo]);
  const extra = useMemo(() => (overview ? clusterElements(overview, v.lang) : NONE), [overview, v.lang]);
  // A large graph waits for its overview rather than being drawn whole for a moment.
  if (needed && !overview) return { graph: undefined, overview: null, extra: NONE };
  return { graph: overview?.graph ?? data, overview, extra };
}
