/** Progress of the running worker layout, for the progress bar; `cancel` stops it where it is. */
import { create } from "zustand";

interface LayoutProgress {
  running: boolean;
  done: number;
  total: number;
  cancel: (() => void) | null;
  set: (patch: Partial<Omit<LayoutProgress, "set">>) => void;
}

export const useLayoutProgress = create<LayoutProgress>()((set) => ({
  running: false,
  done: 0,
  total: 0,
  cancel: null,
  set: (patch) => set(patch),
}));
