/**
 * The story builder, docked over the canvas: "add this view", the steps (reorder, edit, retake,
 * delete), save (editors), the saved stories, and a saved story's links. Also plays the story full
 * screen when asked (PresentOverlay).
 */
import "./story.css";
import { useViewStore } from "../../state/viewState.ts";
import { viewQuery } from "./captureStep.ts";
import { useStoryDraft } from "./draftStore.ts";
import { PresentOverlay } from "./PresentOverlay.tsx";
import { SavedStories } from "./SavedStories.tsx";
import { StepEditor } from "./StepEditor.tsx";
import { StoryLinks } from "./StoryLinks.tsx";
import { viewEmbedLink } from "./storyApi.ts";
import { storyT } from "./storyText.ts";
import { currentStep, openStory, useSaveStory, useStoryFromLink } from "./useStoryActions.ts";

function StoryBuilder() {
  const lang = useViewStore((s) => s.lang);
  const view = useViewStore();
  const s = useStoryDraft();
  const { status, save, remove } = useSaveStory();
  const { draft } = s;
  const t = (k: Parameters<typeof storyT>[1], v?: Record<string, string | number>) => storyT(lang, k, v);
  return (
    <section
      className="story-dock"
      aria-label={t("storyPanel")}
      data-testid="story-dock"
      dir={lang === "ar" ? "rtl" : "ltr"}
    >
      <header className="story-dock-head">
        <h2>{t("storyPanel")}</h2>
        <button type="button" onClick={() => s.reset()} data-testid="story-new">
          {t("newStory")}
        </button>
      </header>
      <fieldset className="story-words">
        <legend>{t("storyTitle")}</legend>
        {(["ar", "en"] as const).map((l) => (
          <input
            key={l}
            lang={l}
            dir={l === "ar" ? "rtl" : "ltr"}
            placeholder={t(l === "ar" ? "inArabic" : "inEnglish")}
            value={draft.title[l]}
            data-testid={`story-title-${l}`}
            onChange={(e) => s.setTitle({ ...draft.title, [l]: e.target.value })}
          />
        ))}
      </fieldset>
      <button
        type="button"
        className="story-add"
        onClick={() => s.addStep(currentStep(draft.steps.length))}
        data-testid="story-add-step"
      >
        {t("addStep")}
      </button>
      {draft.lost.length > 0 && <p className="story-lost">{t("lostSummary")}</p>}
      {draft.steps.length === 0 ? (
        <p className="story-hint">{t("noSteps")}</p>
      ) : (
        <ol className="story-steps">
          {draft.steps.map((step, i) => (
            <StepEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; index and view keep rows with their step
              key={`${i}:${step.view}`}
              step={step}
              index={i}
              count={draft.steps.length}
              lang={lang}
              lost={draft.lost.find((l) => l.step === i)}
              onChange={(patch) => s.updateStep(i, patch)}
              onMove={(by) => s.moveStep(i, by)}
              onRetake={() => {
                const { view: v, nodes } = currentStep(i);
                s.updateStep(i, { view: v, nodes });
              }}
              onDelete={() => s.removeStep(i)}
            />
          ))}
        </ol>
      )}
      <div className="story-dock-actions">
        <button
          type="button"
          onClick={save}
          disabled={draft.steps.length === 0 || status.state === "saving"}
          data-testid="story-save"
        >
          {status.state === "saving" ? t("saving") : t("save")}
        </button>
        <button
          type="button"
          onClick={() => s.setPresenting(true)}
          disabled={draft.steps.length === 0}
          data-testid="story-present"
        >
          {t("present")}
        </button>
        {draft.id && (
          <button type="button" onClick={remove} data-testid="story-delete">
            {t("deleteStory")}
          </button>
        )}
        <span role="status" data-testid="story-save-status">
          {status.state === "saved" && t("saved")}
          {status.state === "error" && status.message}
        </span>
      </div>
      <StoryLinks draft={draft} lang={lang} />
      <p>
        <a
          href={viewEmbedLink(viewQuery(view))}
          target="_blank"
          rel="noreferrer"
          data-testid="view-embed-link"
        >
          {t("embedView")}
        </a>
      </p>
      <SavedStories lang={lang} onOpen={(id) => void openStory(id)} />
    </section>
  );
}

export function StoryDock() {
  useStoryFromLink();
  const lang = useViewStore((s) => s.lang);
  const { open, presenting, draft, setOpen } = useStoryDraft();
  return (
    <>
      <button
        type="button"
        className="story-dock-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="story-dock-toggle"
      >
        {storyT(lang, "story")}
        {draft.steps.length > 0 ? ` (${draft.steps.length})` : ""}
      </button>
      {open && <StoryBuilder />}
      {presenting && <PresentOverlay />}
    </>
  );
}
