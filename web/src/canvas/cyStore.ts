/**
 * The live Cytoscape instance, for the toolbar and exports that act on the canvas from outside it.
 * Also published as window.__cy for the e2e suite and the benchmark.
 */
import type { Core } from "cytoscape";
import { create } from "zustand";

interface CyStore {
  cy: Core | null;
  /** The graph payload whose layout last finished; the canvas is ready when it is the one drawn. */
  readyFor: object | null;
  setCy: (cy: Core | null) => void;
  setReadyFor: (graph: object | null) => void;
}

declare global {
  interface Window {
    __cy?: Core | null;
  }
}

export const useCyStore = create<CyStore>()((set) => ({
  cy: null,
  readyFor: null,
  setCy: (cy) => {
    if (typeof window !== "undefined") window.__cy = cy;
    set({ cy, readyFor: null });
  },
  setReadyFor: (readyFor) => set({ readyFor }),
}));
