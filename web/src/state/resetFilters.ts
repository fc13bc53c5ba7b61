/**
 * Back to every date, topic, default kind and weight, and unconfirmed facts shown again, keeping the
 * view, language and selection.
 */
import { DEFAULT_VIEW, useViewStore } from "./viewState.ts";

export const resetFilters = () => {
  const { from, to, topics, kinds, ties, minWeight, showIsolated, confirmedOnly } = DEFAULT_VIEW;
  useViewStore.getState().set({ from, to, topics, kinds, ties, minWeight, showIsolated, confirmedOnly });
};
