/**
 * The story being built in the explorer: its steps in order, edited here and saved to the server as a
 * whole. Client state only; the saved stories are the server's.
 */
import { create } from "zustand";
import type { Story, StoryLoss, StoryStep, Words } from "../../../../model/story.ts";

export interface StoryDraft {
  id: string | null;
  title: Words;
  steps: StoryStep[];
  /** What the steps lost, as the server said when the story was opened; cleared by any edit. */
  lost: StoryLoss[];
}

interface DraftStore {
  open: boolean;
  presenting: boolean;
  draft: StoryDraft;
  setOpen: (open: boolean) => void;
  setPresenting: (presenting: boolean) => void;
  setTitle: (title: Words) => void;
  addStep: (step: StoryStep) => void;
  updateStep: (index: number, patch: Partial<StoryStep>) => void;
  moveStep: (index: number, by: -1 | 1) => void;
  removeStep: (index: number) => void;
  load: (story: Story & { lost?: StoryLoss[] }) => void;
  saved: (story: Story) => void;
  reset: () => void;
}

const EMPTY: StoryDraft = { id: null, title: { ar: "", en: "" }, steps: [], lost: [] };

const editSteps = (d: StoryDraft, steps: StoryStep[]): StoryDraft => ({ ...d, steps, lost: [] });

export const useStoryDraft = create<DraftStore>()((set) => ({
  open: false,
  presenting: false,
  draft: EMPTY,
  setOpen: (open) => set({ open }),
  setPresenting: (presenting) => set({ presenting }),
  setTitle: (title) => set((s) => ({ draft: { ...s.draft, title } })),
  addStep: (step) => set((s) => ({ draft: editSteps(s.draft, [...s.draft.steps, step]) })),
  updateStep: (index, patch) =>
    set((s) => ({
      draft: {
        ...s.draft,
        steps: s.draft.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)),
        // Words change nothing the server checks; a new view does.
        lost: patch.nodes ? [] : s.draft.lost,
      },
    })),
  moveStep: (index, by) =>
    set((s) => {
      const to = index + by;
      if (to < 0 || to >= s.draft.steps.length) return s;
      const steps = [...s.draft.steps];
      [steps[index], steps[to]] = [steps[to]!, steps[index]!];
      return { draft: editSteps(s.draft, steps) };
    }),
  removeStep: (index) =>
    set((s) => ({
      draft: editSteps(
        s.draft,
        s.draft.steps.filter((_, i) => i !== index),
      ),
    })),
  load: (story) =>
    set({ draft: { id: story.id, title: story.title, steps: story.steps, lost: story.lost ?? [] } }),
  saved: (story) => set((s) => ({ draft: { ...s.draft, id: story.id } })),
  reset: () => set({ draft: EMPTY }),
}));
