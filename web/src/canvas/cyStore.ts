/**
 * The live Cytoscape instance, for the toolbar and exports that act on the canvas from outside it.
 * Published as window.__cy only for tests: on the dev server, or when the e2e harness sets
 * window.__exposeCy before the app loads (e2e/support/app.ts). A production page keeps it private.
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
    __exposeCy?: boolean;
  }
}

const exposed = () => import.meta.env.DEV || (typeof window !== "undefined" && window.__exposeCy === true);

export const useCyStore = create<CyStore>()((set) => ({
  cy: null,
  readyFor: null,
  setCy: (cy) => {
    if (exposed()) window.__cy = cy;
    set({ cy, readyFor: null });
  },
  setReadyFor: (readyFor) => set({ readyFor }),
}));
