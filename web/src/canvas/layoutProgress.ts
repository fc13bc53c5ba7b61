/** Progress of the running worker layout, for the progress bar; `cancel` stops it where it is. */
import { create } from "zustand";

interface LayoutProgress {
  running: boolean;
  done: number;
  total: number;
  cancel: (() => void) | null;
  /** The run the bar shows: a run stopped or replaced since leaves the bar to the one after it. */
  owner: object | null;
  set: (patch: Partial<Omit<LayoutProgress, "set">>) => void;
}

export const useLayoutProgress = create<LayoutProgress>()((set) => ({
  running: false,
  done: 0,
  total: 0,
  cancel: null,
  owner: null,
  set: (patch) => set(patch),
}));
