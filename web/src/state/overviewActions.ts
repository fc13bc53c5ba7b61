/** The overview's actions on the view store (the threshold and opened clusters live in the URL). */
import { OVERVIEW_THRESHOLD, useViewStore } from "./viewState.ts";

export function openCluster(id: string) {
  const { clusters, set } = useViewStore.getState();
  if (!clusters.includes(id)) set({ clusters: [...clusters, id] });
}

export const foldAll = () => useViewStore.getState().set({ clusters: [] });
export const drawEverything = () => useViewStore.getState().set({ overview: 0, clusters: [] });
export const backToOverview = () =>
  useViewStore.getState().set({ overview: OVERVIEW_THRESHOLD, clusters: [] });
