/** What the embed page shows: a saved story, its print layout, or one view from a share link. */
import { useCallback, useEffect, useMemo, useState } from "react";
import { LANGUAGES, type Language } from "../../../model/kinds.ts";
import type { StoryAnswer } from "../../../model/story.ts";
import { StoryPlayer } from "../features/Story/player/StoryPlayer.tsx";
import { StoryPrint } from "../features/Story/player/StoryPrint.tsx";
import { loadScene, playerStep, viewOfStep } from "../features/Story/player/sceneData.ts";
import { getJson, getStory } from "../features/Story/storyApi.ts";
import { storyT } from "../features/Story/storyText.ts";

const langOf = (raw: string | null, fallback: Language): Language =>
  LANGUAGES.includes(raw as Language) ? (raw as Language) : fallback;

function useStory(id: string | null) {
  const [state, setState] = useState<{ story: StoryAnswer | null; error: string | null }>({
    story: null,
    error: null,
  });
  useEffect(() => {
    if (!id) return;
    getStory(id).then(
      (story) => setState({ story, error: null }),
      (e: unknown) => setState({ story: null, error: String((e as Error).message ?? e) }),
    );
  }, [id]);
  return state;
}

function ViewEmbed({ query }: { query: string }) {
  const view = viewOfStep({ view: query });
  const step = useMemo(
    () => ({ title: { ar: "", en: "" }, caption: { ar: "", en: "" }, view: query, nodes: [] }),
    [query],
  );
  const scene = useCallback(() => loadScene(step, getJson), [step]);
  const explorer = (
    <a href={`/?${query}`} target="_top" data-testid="embed-open-explorer">
      {storyT(view.lang, "openInExplorer")}
    </a>
  );
  const title = { ar: "شبكة الأخبار الدبلوماسية", en: "Diplomatic news graph" };
  return (
    <StoryPlayer
      title={title}
      steps={[{ ...step, title }]}
      lang={view.lang}
      scene={scene}
      footer={explorer}
    />
  );
}

export function EmbedApp({ params }: { params: URLSearchParams }) {
  const id = params.get("story");
  const { story, error } = useStory(id);
  const scene = useCallback((i: number) => loadScene(story!.steps[i]!, getJson), [story]);
  if (!id) return <ViewEmbed query={params.toString()} />;
  if (error) return <p role="alert">{error}</p>;
  if (!story) return <p>{storyT(langOf(params.get("lang"), "ar"), "loadingStep")}</p>;
  const firstLang = viewOfStep(story.steps[0]!).lang;
  const lang = langOf(params.get("lang"), story.title.ar && !story.title.en ? "ar" : firstLang);
  if (params.get("print") === "1") {
    return <StoryPrint title={story.title} steps={story.steps} lang={lang} scene={scene} autoPrint />;
  }
  // A language in the link is the reader's choice for every step; without one, each step speaks its own.
  const steps = params.get("lang") ? story.steps : story.steps.map(playerStep);
  return <StoryPlayer title={story.title} steps={steps} lost={story.lost} lang={lang} scene={scene} />;
}
