/** The story being built (or opened), played full screen over the explorer; Escape or "Leave" returns. */
import "./player/player.css";
import { useCallback, useEffect, useMemo } from "react";
import { useViewStore } from "../../state/viewState.ts";
import { useStoryDraft } from "./draftStore.ts";
import { StoryPlayer } from "./player/StoryPlayer.tsx";
import { loadScene, playerStep } from "./player/sceneData.ts";
import { getJson } from "./storyApi.ts";

export function PresentOverlay() {
  const lang = useViewStore((s) => s.lang);
  const draft = useStoryDraft((s) => s.draft);
  const stop = useStoryDraft((s) => s.setPresenting);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    stop(false);
  }, [stop]);
  useEffect(() => {
    // Full screen where the browser allows it; the overlay fills the window either way.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onChange = () => {
      if (!document.fullscreenElement) stop(false);
    };
    const timer = setTimeout(() => document.addEventListener("fullscreenchange", onChange), 500);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("fullscreenchange", onChange);
    };
  }, [stop]);
  const scene = useCallback((i: number) => loadScene(draft.steps[i]!, getJson), [draft.steps]);
  // Each step in the language it was saved in; the explorer's own language is left as it was.
  const steps = useMemo(() => draft.steps.map(playerStep), [draft.steps]);
  return (
    <StoryPlayer
      title={draft.title}
      steps={steps}
      lost={draft.lost}
      lang={lang}
      scene={scene}
      onExit={exit}
    />
  );
}
