/**
 * A fact added by hand, always from its quote: the sentence the editor selected in the article is the
 * fact's source (article id and offsets; the server takes the quote from its own copy of the text).
 * An event (type, date, who, where, about what) or an office (who, which, of what, when).
 */
import { useId, useState } from "react";
import type { NodeRef } from "../../../../model/api.ts";
import type { SourceSpan } from "../../../../model/curation.ts";
import type { DatePrecision, EventType } from "../../../../model/kinds.ts";
import { curationApi } from "../../api/curation.ts";
import { useCuration } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";
import { EntityPicker } from "../PathFinder/EntityPicker.tsx";
import { DateField, EventTypeSelect, PrecisionSelect } from "../Review/formFields.tsx";
import { RefList } from "../Review/RefList.tsx";
import { WriteError } from "../Review/WriteError.tsx";
import type { QuoteSpan } from "./quoteSelection.ts";

interface Props {
  articleId: string;
  span: QuoteSpan;
  /** true when the fact was saved, false when the editor cancelled. */
  onDone: (saved: boolean) => void;
}

export function AddFactForm({ articleId, span, onDone }: Props) {
  const { t } = useT();
  const id = useId();
  const source: SourceSpan = { articleId, start: span.start, end: span.end };
  const [what, setWhat] = useState<"event" | "office">("event");
  const [type, setType] = useState<EventType>("Meeting");
  const [date, setDate] = useState("");
  const [precision, setPrecision] = useState<DatePrecision | "">("");
  const [participants, setParticipants] = useState<NodeRef[]>([]);
  const [place, setPlace] = useState<NodeRef | null>(null);
  const [topics, setTopics] = useState<NodeRef[]>([]);
  const [planned, setPlanned] = useState(false);
  const [person, setPerson] = useState<NodeRef | null>(null);
  const [of, setOf] = useState<NodeRef | null>(null);
  const [officeAr, setOfficeAr] = useState("");
  const [officeEn, setOfficeEn] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");

  const add = useCuration(() =>
    what === "event"
      ? curationApi.addEvent({
          source,
          type,
          date: date.trim() || null,
          datePrecision: precision || null,
          participants: participants.map((p) => ({ id: p.id })),
          place: place?.id ?? null,
          topics: topics.map((x) => x.id),
          planned,
        })
      : curationApi.addOffice({
          source,
          person: person!.id,
          of: of!.id,
          office: { ar: officeAr.trim(), en: officeEn.trim() || null },
          from: from.trim() || null,
          to: to.trim() || null,
        }),
  );
  const ready = what === "event" ? participants.length > 0 : !!person && !!of && officeAr.trim() !== "";

  return (
    <form
      className="curation-form add-fact"
      data-testid="add-fact-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) add.mutate(undefined, { onSuccess: () => onDone(true) });
      }}
      onKeyDown={(e) => {
        // Escape closes this form, not the whole reader around it.
        if (e.key === "Escape" && !e.defaultPrevented) {
          e.stopPropagation();
          e.nativeEvent.stopImmediatePropagation();
          onDone(false);
        }
      }}
    >
      <h3 id={`${id}-title`}>{t("addFactTitle")}</h3>
      <blockquote dir="rtl" lang="ar" data-testid="add-fact-quote">
        {span.quote}
      </blockquote>
      <div className="segmented" role="radiogroup" aria-label={t("fType")}>
        {(["event", "office"] as const).map((w) => (
          <label key={w}>
            <input type="radio" name={`${id}-what`} checked={what === w} onChange={() => setWhat(w)} />
            {w === "event" ? t("k_Event") : t("officeEdit")}
          </label>
        ))}
      </div>
      {what === "event" ? (
        <>
          <div className="form-grid">
            <EventTypeSelect id={`${id}-type`} value={type} onChange={setType} />
            <DateField id={`${id}-date`} label={t("fDate")} value={date} onChange={setDate} />
            <PrecisionSelect id={`${id}-prec`} value={precision} onChange={setPrecision} />
          </div>
          <RefList
            legend={t("fParticipants")}
            addLabel={t("addParticipant")}
            testId="fact-participants"
            refs={participants}
            onChange={setParticipants}
          />
          <EntityPicker label={t("fPlace")} testId="fact-place" value={place?.id ?? null} onPick={setPlace} />
          <RefList
            legend={t("fTopics")}
            addLabel={t("addTopic")}
            testId="fact-topics"
            refs={topics}
            onChange={setTopics}
          />
          <label className="inline-field">
            <input type="checkbox" checked={planned} onChange={(e) => setPlanned(e.target.checked)} />
            {t("fPlanned")}
          </label>
        </>
      ) : (
        <>
          <EntityPicker
            label={t("k_Person")}
            testId="fact-person"
            value={person?.id ?? null}
            onPick={setPerson}
          />
          <EntityPicker label={t("officeOf")} testId="fact-of" value={of?.id ?? null} onPick={setOf} />
          <div className="form-grid">
            <label htmlFor={`${id}-oar`}>{t("officeAr")}</label>
            <input
              id={`${id}-oar`}
              dir="rtl"
              lang="ar"
              value={officeAr}
              onChange={(e) => setOfficeAr(e.target.value)}
            />
            <label htmlFor={`${id}-oen`}>{t("officeEn")}</label>
            <input
              id={`${id}-oen`}
              dir="ltr"
              lang="en"
              value={officeEn}
              onChange={(e) => setOfficeEn(e.target.value)}
            />
            <DateField id={`${id}-from`} label={t("officeFrom")} value={from} onChange={setFrom} />
            <DateField id={`${id}-to`} label={t("officeTo")} value={to} onChange={setTo} />
          </div>
        </>
      )}
      <WriteError error={add.error} />
      <div className="button-row">
        <button type="submit" disabled={!ready || add.isPending} data-testid="add-fact-save">
          {t("save")}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
