/**
 * Ready questions an analyst can ask without writing code: pick one, name who or what it is about, and
 * read the answer as a table (sortable, exportable) while the canvas highlights the nodes it names.
 * The question asked lives in the URL, so an answer can be shared as a link.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import {
  QUESTION_IDS,
  QUESTION_NODE_PARAMS,
  QUESTIONS_WITH_MODE,
  type QuestionId,
  type QuestionNodeParam,
  TIE_MODES,
  type TieMode,
} from "../../../../model/questionAnswer.ts";
import { type PhraseKey, useT } from "../../i18n/useT.ts";
import { useHighlightStore } from "../../state/highlight.ts";
import { useFactFilter } from "../../state/useFactFilter.ts";
import { useViewStore } from "../../state/viewState.ts";
import { EntityPicker } from "../PathFinder/EntityPicker.tsx";
import { download } from "../Toolbar/download.ts";
import { AnswerTable } from "./AnswerTable.tsx";
import { answerCsv } from "./answerCsv.ts";
import { CommunityNote } from "./CommunityNote.tsx";
import { questionQuery } from "./questionQuery.ts";
import { formatRequest, isComplete, parseRequest, type QuestionRequest } from "./questionRequest.ts";
import "./questions.css";

const PICKER_LABEL: Record<QuestionNodeParam, PhraseKey> = {
  x: "qPerson",
  y: "qOtherPerson",
  topic: "qTopic",
};

function useAsked() {
  const asked = parseRequest(useViewStore((s) => s.question));
  const facts = useFactFilter();
  const answer = useQuery({
    ...questionQuery(asked ?? { id: "who-met" }, facts),
    enabled: !!asked && isComplete(asked),
  });
  // The canvas shows whom the answer is about, for as long as it is on screen.
  useEffect(() => {
    if (!answer.data) return;
    useHighlightStore.getState().setHighlight({ nodeIds: answer.data.highlight, edgeIds: [] });
    return () => useHighlightStore.getState().clearHighlight();
  }, [answer.data]);
  return { asked, answer };
}

function QuestionForm({ initial }: { initial: QuestionRequest | null }) {
  const { t } = useT();
  const [draft, setDraft] = useState<QuestionRequest>(initial ?? { id: "who-met" });
  const patch = (p: Partial<QuestionRequest>) => setDraft((d) => ({ ...d, ...p }));
  const ask = (e: React.FormEvent) => {
    e.preventDefault();
    if (isComplete(draft)) useViewStore.getState().set({ question: formatRequest(draft) });
  };
  const title = (id: QuestionId) =>
    t(`q_${id}`, { x: t("qSomeone"), y: t("qSomeoneElse"), topic: t("qSomeTopic") });
  return (
    <form className="q-form" onSubmit={ask}>
      <label>
        {t("qWhich")}
        <select
          data-testid="question-id"
          value={draft.id}
          onChange={(e) => patch({ id: e.target.value as QuestionId })}
        >
          {QUESTION_IDS.map((id) => (
            <option key={id} value={id}>
              {title(id)}
            </option>
          ))}
        </select>
      </label>
      {QUESTION_NODE_PARAMS[draft.id].map((p) => (
        <EntityPicker
          key={`${draft.id}-${p}`}
          label={t(PICKER_LABEL[p])}
          testId={`question-${p}`}
          value={draft[p] ?? null}
          onPick={(n) => patch({ [p]: n?.id })}
        />
      ))}
      {QUESTIONS_WITH_MODE.has(draft.id) && (
        <label>
          {t("qMode")}
          <select
            data-testid="question-mode"
            value={draft.mode ?? "any"}
            onChange={(e) => patch({ mode: e.target.value as TieMode })}
          >
            {TIE_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`qMode_${m}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="q-range">
        {(["from", "to"] as const).map((end) => (
          <label key={end}>
            {t(end === "from" ? "qFrom" : "qTo")}
            {/* A year, a month or a day, as the API takes them: "2017" asks about the whole year. */}
            <input
              dir="ltr"
              data-testid={`question-${end}`}
              placeholder="YYYY-MM-DD"
              value={draft[end] ?? ""}
              onChange={(e) => patch({ [end]: e.target.value.trim() || undefined })}
            />
          </label>
        ))}
      </div>
      <button
        type="submit"
        data-testid="question-ask"
        disabled={!isComplete(draft)}
        title={isComplete(draft) ? undefined : t("qNeeds")}
      >
        {t("qAsk")}
      </button>
    </form>
  );
}

export function QuestionsPanel() {
  const { t, name } = useT();
  const { asked, answer } = useAsked();
  const data = answer.data;
  return (
    <section className="feature-panel questions-panel" aria-labelledby="questions-title">
      <h2 id="questions-title">{t("questions")}</h2>
      <QuestionForm initial={asked} />
      {answer.isError && (
        <p role="alert" className="q-error">
          {answer.error.message}
        </p>
      )}
      {data && (
        <div className="q-answer" data-testid="question-answer">
          <p className="q-summary">
            {/* One community has no bridges to find: the note below says so instead of "no answer". */}
            {data.communities?.same
              ? null
              : data.rows.length === 0
                ? t("qNoRows")
                : t("qRows", { count: data.rows.length })}
            {data.truncated && <span className="q-warning"> {t("qTruncated")}</span>}
            {!!data.undated && <span className="q-warning"> {t("qUndated", { count: data.undated })}</span>}
          </p>
          {data.communities && <CommunityNote communities={data.communities} />}
          {data.rows.length > 0 && (
            <>
              <button
                type="button"
                data-testid="question-csv"
                onClick={() =>
                  download(
                    `${data.question}.csv`,
                    answerCsv(data, (n) => name(n.name)),
                    "text/csv;charset=utf-8",
                  )
                }
              >
                {t("qExportCsv")}
              </button>
              <AnswerTable answer={data} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
