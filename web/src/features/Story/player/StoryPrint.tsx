/**
 * Every step on a page of its own, for the browser's print (and "save as PDF"): the network as it stands
 * in the step, its title and caption. Prints itself once every step is drawn.
 */
import { useEffect, useState } from "react";
import type { Language } from "../../../../../model/kinds.ts";
import type { Words } from "../../../../../model/story.ts";
import { inLang, storyT } from "../storyText.ts";
import type { PlayerStep } from "./StoryPlayer.tsx";
import type { Scene } from "./sceneData.ts";
import { useSceneCanvas } from "./useSceneCanvas.ts";

function PrintedStep(props: { step: PlayerStep; scene: Scene | null; lang: Language; i: number; n: number }) {
  const canvas = useSceneCanvas(props.scene, props.lang, () => undefined, "print");
  return (
    <section className="story-print-step" data-testid="story-print-step">
      <p className="story-count">{storyT(props.lang, "stepOf", { i: props.i + 1, n: props.n })}</p>
      <h2>{inLang(props.step.title, props.lang)}</h2>
      <div ref={canvas} className="story-print-canvas" />
      <p className="story-text">{inLang(props.step.caption, props.lang)}</p>
    </section>
  );
}

export function StoryPrint(props: {
  title: Words;
  steps: PlayerStep[];
  lang: Language;
  scene: (index: number) => Promise<Scene>;
  autoPrint?: boolean;
}) {
  const [scenes, setScenes] = useState<(Scene | null)[]>(() => props.steps.map(() => null));
  useEffect(() => {
    let live = true;
    for (const i of props.steps.keys()) {
      void props.scene(i).then((s) => live && setScenes((old) => old.map((o, k) => (k === i ? s : o))));
    }
    return () => {
      live = false;
    };
  }, [props.scene, props.steps]);
  const ready = scenes.every((s) => s !== null);
  useEffect(() => {
    if (ready && props.autoPrint) setTimeout(() => window.print(), 300);
  }, [ready, props.autoPrint]);
  return (
    <div
      className="story-print"
      dir={props.lang === "ar" ? "rtl" : "ltr"}
      lang={props.lang}
      data-ready={ready}
    >
      <h1>{inLang(props.title, props.lang)}</h1>
      {props.steps.map((step, i) => (
        <PrintedStep
          // biome-ignore lint/suspicious/noArrayIndexKey: a printed story's steps never move
          key={i}
          step={step}
          scene={scenes[i] ?? null}
          lang={props.lang}
          i={i}
          n={props.steps.length}
        />
      ))}
    </div>
  );
}
