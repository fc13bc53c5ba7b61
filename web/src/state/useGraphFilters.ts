/** The filters the server applies to the graph (view, kinds, dates, weight, topics, review status). */
import { useShallow } from "zustand/react/shallow";
import type { GraphFilters } from "../api/queries.ts";
import { useFactFilter } from "./useFactFilter.ts";
import { useViewStore } from "./viewState.ts";

export function useGraphFilters(): GraphFilters {
  const facts = useFactFilter();
  const f = useViewStore(
    useShallow((s) => ({
      view: s.view,
      kinds: s.kinds,
      from: s.from,
      to: s.to,
      minWeight: s.minWeight,
      topics: s.topics,
    })),
  );
  return { ...facts, ...f };
}
