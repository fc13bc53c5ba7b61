/**
 * Plays a story: the network on one side, the step's title and caption on the other, next and previous
 * by button or key (Space and the arrow pointing onwards in the reading direction; Escape leaves), the
 * quote behind the step's highlighted tie one click away. Right to left in Arabic; a step saved in another
 * language than the last is shown in its own (the reader's language is untouched). Used full screen in
 * the explorer, on the embed page and in the offline file; where the data comes from is the caller's.
 */
import { useCallback, useEffect, useState } from "react";
import type { Language } from "../../../../../model/kinds.ts";
import type { StoryLoss, Words } from "../../../../../model/story.ts";
import { inLang, storyT } from "../storyText.ts";
import { QuoteBox } from "./QuoteBox.tsx";
import type { Scene } from "./sceneData.ts";
import { useKeys } from "./useKeys.ts";
import { useSceneCanvas } from "./useSceneCanvas.ts";

export interface PlayerStep {
  title: Words;
  caption: Words;
  /** The interface language the step was saved in: the player speaks it for that step. */
  lang?: Language;
}

export interface StoryPlayerProps {
  title: Words;
  steps: PlayerStep[];
  lost?: StoryLoss[];
  /** For steps without a language of their own, and the story's title. */
  lang: Language;
  /** The scene of step i (fetched, or read from the offline file). */
  scene: (index: number) => Promise<Scene>;
  onExit?: () => void;
  /** A link under the caption (the embed page links back to the explorer). */
  footer?: React.ReactNode;
  start?: number;
}

function useScene(scene: StoryPlayerProps["scene"], index: number) {
  const [state, setState] = useState<{ index: number; scene: Scene | null; error: string | null }>({
    index: -1,
    scene: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    scene(index).then(
      (s) => live && setState({ index, scene: s, error: null }),
      (e: unknown) =>
        live && setState((old) => ({ ...old, index, error: String((e as Error)?.message ?? e) })),
    );
    return () => {
      live = false;
    };
  }, [scene, index]);
  return state;
}

export function StoryPlayer(props: StoryPlayerProps) {
  const { steps, lost = [] } = props;
  const langOf = (i: number) => steps[i]?.lang ?? props.lang;
  const [index, setIndex] = useState(Math.min(props.start ?? 0, steps.length - 1));
  // The edge clicked on the canvas, for the step it was clicked in.
  const [clicked, setClicked] = useState<{ index: number; edge: string } | null>(null);
  const loaded = useScene(props.scene, index);
  const lang = langOf(index);
  const rtl = lang === "ar";
  // Labels follow the step on screen, which may still be the last one while the next loads.
  const canvasLang = langOf(loaded.index);
  const canvas = useSceneCanvas(loaded.scene, canvasLang, (edge) =>
    setClicked({ index: loaded.index, edge }),
  );
  const next = useCallback(() => setIndex((i) => Math.min(i + 1, steps.length - 1)), [steps.length]);
  const prev = useCallback(() => setIndex((i) => Math.max(i - 1, 0)), []);
  useKeys(next, prev, props.onExit, rtl);

  const step = steps[index]!;
  const stepLost = lost.find((l) => l.step === index);
  const ready = loaded.index === index && loaded.scene !== null;
  return (
    <div className="story-player" dir={rtl ? "rtl" : "ltr"} lang={lang} data-testid="story-player">
      <div
        ref={canvas}
        className="story-canvas"
        data-testid="story-canvas"
        data-step={index}
        data-ready={ready && loaded.error === null ? "true" : "false"}
        role="img"
        aria-label={inLang(step.title, lang)}
      />
      <aside className="story-caption" aria-live="polite">
        <p className="story-name">{inLang(props.title, lang)}</p>
        <p className="story-count" data-testid="story-step-count">
          {storyT(lang, "stepOf", { i: index + 1, n: steps.length })}
        </p>
        <h2 data-testid="story-step-title">{inLang(step.title, lang)}</h2>
        <p className="story-text" data-testid="story-step-caption">
          {inLang(step.caption, lang)}
        </p>
        {loaded.error && loaded.index === index && (
          <p role="alert">{storyT(lang, "stepFailed", { message: loaded.error })}</p>
        )}
        {stepLost && (
          <p className="story-lost" role="note" data-testid="story-lost">
            {storyT(lang, "lostNodes", { names: stepLost.nodes.map((n) => n.name || n.id).join("، ") })}
          </p>
        )}
        {ready && loaded.scene && (
          <QuoteBox
            scene={loaded.scene}
            lang={lang}
            clickedEdge={clicked?.index === index ? clicked.edge : null}
            key={index}
          />
        )}
        <nav className="story-nav">
          <button type="button" onClick={prev} disabled={index === 0} data-testid="story-prev">
            {storyT(lang, "previous")}
          </button>
          <button type="button" onClick={next} disabled={index === steps.length - 1} data-testid="story-next">
            {storyT(lang, "next")}
          </button>
          {props.onExit && (
            <button type="button" onClick={props.onExit} data-testid="story-leave">
              {storyT(lang, "leave")}
            </button>
          )}
        </nav>
        <p className="story-keys">
          {storyT(lang, "keysHelp")}
          {props.onExit && storyT(lang, "keysLeave")}
        </p>
        {props.footer}
      </aside>
    </div>
  );
}
