/** Back to every date, topic, default kind and weight, keeping the view, language and selection. */
import { DEFAULT_KINDS, useViewStore } from "./viewState.ts";

export const resetFilters = () =>
  useViewStore
    .getState()
    .set({ from: null, to: null, topics: [], kinds: DEFAULT_KINDS, minWeight: 1, showIsolated: false });
