/**
 * The overview of the visible graph when it is larger than the view's threshold (see graph/overview.ts),
 * with its clusters as canvas elements; null when the graph is drawn whole.
 */
import type { ElementDefinition } from "cytoscape";
import { useEffect, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { GraphPayload } from "../../../model/api.ts";
import { usesWorker } from "../graph/layouts.ts";
import type { Overview } from "../graph/overview.ts";
import type { Structure } from "../graph/structureJob.ts";
import { tieEnds, useViewStore } from "../state/viewState.ts";
import { warmLayoutWorker } from "./workerLayout.ts";

type OverviewParts = typeof import("./overviewParts.ts");

let parts: OverviewParts | null = null;
let loading: Promise<OverviewParts> | null = null;
const loadOverview = () =>
  (loading ??= import("./overviewParts.ts").then((m) => {
    parts = m;
    return m;
  }));

/** The folding code and the payload's structure (Louvain, in a worker: structureWorker.ts), together. */
function useStructure(data: GraphPayload | undefined, needed: boolean) {
  const [ready, setReady] = useState<{ data: GraphPayload; structure: Structure } | null>(null);
  useEffect(() => {
    if (!needed || !data) return;
    let live = true;
    warmLayoutWorker();
    void loadOverview()
      .then((m) => m.structureFor(data))
      .then((structure) => {
        if (live) setReady({ data, structure });
      });
    return () => {
      live = false;
    };
  }, [needed, data]);
  return ready && ready.data === data && parts ? ready.structure : null;
}

/**
 * A graph drawn whole and big enough for the worker layout: its worker starts loading now, while the
 * elements are built, not when the layout is asked for (web bench, 262 nodes).
 */
function useWarmWorker(data: GraphPayload | undefined, overview: boolean) {
  const whole = !!data && !overview && usesWorker(useViewStore.getState().layout, data.nodes.length);
  useEffect(() => {
    if (whole) warmLayoutWorker();
  }, [whole]);
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
  const structure = useStructure(data, needed);
  useWarmWorker(data, needed);
  const overview = useMemo(() => {
    if (!needed || !data || !structure || !parts) return null;
    const keep = [v.selected, v.pathFrom, v.pathTo, ...(tieEnds(v.tie) ?? [])].filter((id) => id !== null);
    return parts.overviewOf(data, structure, { threshold: v.threshold, expanded: v.clusters, keep });
  }, [needed, data, structure, v.threshold, v.clusters, v.selected, v.tie, v.pathFrom, v.pathTo]);
  const extra = useMemo(
    () => (overview && parts ? parts.clusterElements(overview, v.lang) : NONE),
    [overview, v.lang],
  );
  // A large graph waits for its overview rather than being drawn whole for a moment.
  if (needed && !overview) return { graph: undefined, overview: null, extra: NONE };
  return { graph: overview?.graph ?? data, overview, extra };
}
