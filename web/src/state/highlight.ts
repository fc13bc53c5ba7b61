/**
 * Transient emphasis on the canvas (a found path, a hovered timeline row). Not part of the shared view:
 * it follows from other state and is cheap to recompute, so it is kept out of the URL.
 */
import { create } from "zustand";

export interface Highlight {
  nodeIds: string[];
  edgeIds: string[];
}

interface HighlightStore extends Highlight {
  setHighlight: (h: Highlight) => void;
  clearHighlight: () => void;
}

export const useHighlightStore = create<HighlightStore>()((set) => ({
  nodeIds: [],
  edgeIds: [],
  setHighlight: (h) => set(h),
  clearHighlight: () => set({ nodeIds: [], edgeIds: [] }),
}));
