/**
 * The graph currently drawn: the server graph for the view's filters, merged with the neighbourhoods
 * the user expanded, minus hidden nodes. Shared with the analysis panel and the table.
 */
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { GraphPayload } from "../../../model/api.ts";
import { graphQuery, neighbourhoodQuery } from "../api/queries.ts";
import { useViewStore } from "../state/viewState.ts";
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
      from: s.from,
      to: s.to,
      minWeight: s.minWeight,
      topics: s.topics,
      hidden: s.hidden,
      expanded: s.expanded,
    })),
  );
  const base = useQuery({
    ...graphQuery({
      view: f.view,
      kinds: f.kinds,
      from: f.from,
      to: f.to,
      minWeight: f.minWeight,
      topics: f.topics,
    }),
    placeholderData: (prev) => prev,
  });
  const extras = useQueries({
    queries: f.expanded.map((id) => neighbourhoodQuery(id)),
    combine: loadedPayloads,
  });
  const data = useMemo(() => {
    if (!base.data) return undefined;
    return applyVisibility(mergePayloads(base.data, extras), f);
  }, [base.data, extras, f]);
  return { data, isLoading: base.isLoading, error: base.error, refetch: () => void base.refetch() };
}
