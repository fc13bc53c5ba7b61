/** What the builder does beyond editing: take the current view, save, open by id, and open from the link. */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { useCyStore } from "../../canvas/cyStore.ts";
import { useViewStore, viewStateOf } from "../../state/viewState.ts";
import { captureStep } from "./captureStep.ts";
import { useStoryDraft } from "./draftStore.ts";
import { STORIES_KEY } from "./SavedStories.tsx";
import { createStory, deleteStory, getStory, updateStory } from "./storyApi.ts";
import { storyT } from "./storyText.ts";

export type SaveState = { state: "idle" | "saving" | "saved" } | { state: "error"; message: string };

export function currentStep(index: number) {
  const view = viewStateOf(useViewStore.getState());
  return captureStep(view, useCyStore.getState().cy, storyT(view.lang, "stepN", { i: index + 1 }));
}

export function useSaveStory() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SaveState>({ state: "idle" });
  const save = async () => {
    const { draft, saved } = useStoryDraft.getState();
    const lang = useViewStore.getState().lang;
    const title =
      draft.title.ar || draft.title.en ? draft.title : { ar: "", en: "", [lang]: storyT(lang, "newStory") };
    setStatus({ state: "saving" });
    try {
      const input = { title, steps: draft.steps };
      const story = draft.id ? await updateStory(draft.id, input) : await createStory(input);
      saved(story);
      useStoryDraft.getState().setTitle(story.title);
      setStatus({ state: "saved" });
      void queryClient.invalidateQueries({ queryKey: STORIES_KEY });
    } catch (e) {
      const auth = e instanceof ApiError && (e.status === 401 || e.status === 403);
      setStatus({
        state: "error",
        message: auth ? storyT(lang, "saveNeedsEditor") : String((e as Error).message),
      });
    }
  };
  /** Deletes the saved story; the steps stay in the builder, unsaved, so nothing is lost by a slip. */
  const remove = async () => {
    const { draft } = useStoryDraft.getState();
    if (!draft.id) return;
    const lang = useViewStore.getState().lang;
    try {
      await deleteStory(draft.id);
      useStoryDraft.setState({ draft: { ...draft, id: null, lost: [] } });
      setStatus({ state: "idle" });
      void queryClient.invalidateQueries({ queryKey: STORIES_KEY });
    } catch (e) {
      const auth = e instanceof ApiError && (e.status === 401 || e.status === 403);
      setStatus({
        state: "error",
        message: auth ? storyT(lang, "saveNeedsEditor") : String((e as Error).message),
      });
    }
  };
  return { status, save, remove };
}

export async function openStory(id: string) {
  const story = await getStory(id);
  useStoryDraft.getState().load(story);
}

/** `/?story=ID` opens the builder on that story; `&present=1` plays it at once. */
export function useStoryFromLink() {
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const id = params.get("story");
    if (!id) return;
    const present = params.get("present") === "1";
    openStory(id).then(
      () => useStoryDraft.setState({ open: !present, presenting: present }),
      () => useStoryDraft.setState({ open: true }),
    );
  }, []);
}
