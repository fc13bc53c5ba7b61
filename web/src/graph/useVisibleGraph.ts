/**
 * The graph currently drawn: the server graph for the view's filters, merged with the neighbourhoods
 * the user expanded, minus hidden nodes. Shared with the analysis panel and the table.
 */
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { GraphPayload } from "../../../model/api.ts";
import { graphQuery, neighbourhoodQuery } from "../api/queries.ts";
import { useAddedGraph } from "../state/addedGraph.ts";
import { useFactFilter } from "../state/useFactFilter.ts";
import { tieEnds, useViewStore } from "../state/viewState.ts";
import { metNeighbourhood } from "./metNeighbourhood.ts";
import { applyVisibility, mergePayloads } from "./visibleGraph.ts";

export interface VisibleGraph {
  data: GraphPayload | undefined;
  isLoading: boolean;
  error: Error | null;
  refetch: () => void;
}

/** Module-level so TanStack keeps the combined array stable while no neighbourhood changes. */
function loadedPayloads(results: { data?: GraphPayload }[]): GraphPayload[] {
  return results.map((r) => r.data).filter((d): d is GraphPayload => d !== undefined);
}

export function useVisibleGraph(): VisibleGraph {
  const f = useViewStore(
    useShallow((s) => ({
      view: s.view,
      kinds: s.kinds,
      ties: s.ties,
      from: s.from,
      to: s.to,
      minWeight: s.minWeight,
      topics: s.topics,
      hidden: s.hidden,
      expanded: s.expanded,
      showIsolated: s.showIsolated,
      selected: s.selected,
      tie: s.tie,
      pathFrom: s.pathFrom,
      pathTo: s.pathTo,
    })),
  );
  const facts = useFactFilter();
  const base = useQuery({
    ...graphQuery({
      ...facts,
      view: f.view,
      kinds: f.kinds,
      from: f.from,
      to: f.to,
      minWeight: f.minWeight,
      topics: f.topics,
    }),
    placeholderData: (prev) => prev,
  });
  const people = f.view === "people";
  const neighbourhoods = useQueries({
    queries: people ? [] : f.expanded.map((id) => neighbourhoodQuery(id)),
    combine: loadedPayloads,
  });
  // People view: expanding adds whom the person met (any number of times), within the same filters.
  // With the default weight this is the base query itself (same key), so nothing more is fetched.
  const allPeople = useQuery({
    ...graphQuery({
      ...facts,
      view: "people",
      kinds: f.kinds,
      from: f.from,
      to: f.to,
      minWeight: 1,
      topics: f.topics,
    }),
    enabled: people && f.expanded.length > 0,
  });
  const metExtras = useMemo(
    () => (people && allPeople.data ? f.expanded.map((id) => metNeighbourhood(allPeople.data, id)) : []),
    [people, allPeople.data, f.expanded],
  );
  const added = useAddedGraph((s) => s.added);
  const extras = people ? metExtras : neighbourhoods;
  const data = useMemo(() => {
    if (!base.data) return undefined;
    // A node the user picked (or added from the console) stays drawn even when nothing links it.
    const keep = [
      f.selected,
      f.pathFrom,
      f.pathTo,
      ...f.expanded,
      ...(tieEnds(f.tie) ?? []),
      ...(added?.nodes.map((n) => n.id) ?? []),
    ].filter((id) => id !== null);
    return applyVisibility(mergePayloads(base.data, added ? [...extras, added] : extras), { ...f, keep });
  }, [base.data, extras, added, f]);
  return { data, isLoading: base.isLoading, error: base.error, refetch: () => void base.refetch() };
}
