/** The review-status filter of the view (URL state) as the flags every graph and timeline request sends. */
import { useShallow } from "zustand/react/shallow";
import type { FactFilter } from "../api/queries.ts";
import { useViewStore } from "./viewState.ts";

export function useFactFilter(): Required<FactFilter> {
  return useViewStore(
    useShallow((s) => ({ confirmedOnly: s.confirmedOnly, includeRejected: s.showRejected })),
  );
}
