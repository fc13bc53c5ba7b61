/** One step of the story being built: its title and caption in Arabic and English, moved, retaken, deleted. */
import type { Language } from "../../../../model/kinds.ts";
import type { StoryLoss, StoryStep, Words } from "../../../../model/story.ts";
import { storyT } from "./storyText.ts";

interface Props {
  step: StoryStep;
  index: number;
  count: number;
  lang: Language;
  lost: StoryLoss | undefined;
  onChange: (patch: Partial<StoryStep>) => void;
  onMove: (by: -1 | 1) => void;
  onRetake: () => void;
  onDelete: () => void;
}

function WordsFields(props: {
  value: Words;
  lang: Language;
  label: string;
  multiline?: boolean;
  testId: string;
  onChange: (w: Words) => void;
}) {
  return (
    <fieldset className="story-words">
      <legend>{props.label}</legend>
      {(["ar", "en"] as const).map((l) => (
        <div key={l} className="story-word" dir={l === "ar" ? "rtl" : "ltr"}>
          <span aria-hidden="true">{storyT(props.lang, l === "ar" ? "inArabic" : "inEnglish")}</span>
          {props.multiline ? (
            <textarea
              lang={l}
              aria-label={`${props.label}: ${storyT(props.lang, l === "ar" ? "inArabic" : "inEnglish")}`}
              value={props.value[l]}
              data-testid={`${props.testId}-${l}`}
              onChange={(e) => props.onChange({ ...props.value, [l]: e.target.value })}
            />
          ) : (
            <input
              lang={l}
              aria-label={`${props.label}: ${storyT(props.lang, l === "ar" ? "inArabic" : "inEnglish")}`}
              value={props.value[l]}
              data-testid={`${props.testId}-${l}`}
              onChange={(e) => props.onChange({ ...props.value, [l]: e.target.value })}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
}

export function StepEditor({ step, index, count, lang, lost, ...on }: Props) {
  return (
    <li className="story-step" data-testid="story-step">
      <p className="story-count">{storyT(lang, "stepOf", { i: index + 1, n: count })}</p>
      <WordsFields
        value={step.title}
        lang={lang}
        label={storyT(lang, "stepTitle")}
        testId="story-step-title"
        onChange={(title) => on.onChange({ title })}
      />
      <WordsFields
        value={step.caption}
        lang={lang}
        label={storyT(lang, "caption")}
        multiline
        testId="story-step-caption"
        onChange={(caption) => on.onChange({ caption })}
      />
      {lost && (
        <p className="story-lost" role="note" data-testid="story-step-lost">
          {storyT(lang, "lostNodes", { names: lost.nodes.map((n) => n.name || n.id).join("، ") })}
        </p>
      )}
      <div className="story-step-actions">
        <button
          type="button"
          onClick={() => on.onMove(-1)}
          disabled={index === 0}
          data-testid="story-step-up"
        >
          {storyT(lang, "moveUp")}
        </button>
        <button
          type="button"
          onClick={() => on.onMove(1)}
          disabled={index === count - 1}
          data-testid="story-step-down"
        >
          {storyT(lang, "moveDown")}
        </button>
        <button type="button" onClick={on.onRetake} data-testid="story-step-retake">
          {storyT(lang, "retake")}
        </button>
        <button type="button" onClick={on.onDelete} data-testid="story-step-delete">
          {storyT(lang, "deleteStep")}
        </button>
      </div>
    </li>
  );
}
