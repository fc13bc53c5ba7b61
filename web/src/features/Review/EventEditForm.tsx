/**
 * Edits one event: type, date with its precision or the interval it lies in, place, participants,
 * topics, planned. Enter saves, Escape cancels (unless a picker's suggestion list is open: Escape
 * closes that first). Only the fields changed are sent.
 */
import { useEffect, useId, useRef, useState } from "react";
import { curationApi } from "../../api/curation.ts";
import { useCuration } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";
import { EntityPicker } from "../PathFinder/EntityPicker.tsx";
import { changesOf, draftOf, type EditableEvent, type EventDraft } from "./eventDraft.ts";
import { DateField, EventTypeSelect, PrecisionSelect } from "./formFields.tsx";
import { RefList } from "./RefList.tsx";
import { WriteError } from "./WriteError.tsx";

interface Props {
  item: EditableEvent;
  onDone: () => void;
}

export function EventEditForm({ item, onDone }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const initial = useRef(draftOf(item)).current;
  const [draft, setDraft] = useState<EventDraft>(initial);
  const edit = useCuration((changes: NonNullable<ReturnType<typeof changesOf>>) =>
    curationApi.editEvent(item.event.id, {
      version: (item.review ?? item.event.review)?.version ?? 0,
      changes,
    }),
  );
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const changes = changesOf(initial, draft);
    if (!changes) return onDone();
    edit.mutate(changes, { onSuccess: onDone });
  };

  return (
    <form
      className="event-edit"
      data-testid="event-edit"
      data-event-id={item.event.id}
      aria-label={t("editEvent")}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || e.defaultPrevented) return;
        e.preventDefault();
        e.stopPropagation();
        onDone();
      }}
    >
      <div className="form-grid">
        <EventTypeSelect
          id={`${id}-type`}
          selectRef={first}
          value={draft.type}
          onChange={(type) => set({ type })}
        />
        <DateField
          id={`${id}-date`}
          label={t("fDate")}
          value={draft.date}
          onChange={(date) => set({ date })}
        />
        <PrecisionSelect
          id={`${id}-prec`}
          value={draft.datePrecision}
          onChange={(datePrecision) => set({ datePrecision })}
        />
        <label htmlFor={`${id}-from`}>{t("fDateFrom")}</label>
        <input
          id={`${id}-from`}
          type="date"
          lang={lang}
          value={draft.dateFrom}
          onChange={(e) => set({ dateFrom: e.target.value })}
        />
        <label htmlFor={`${id}-to`}>{t("fDateTo")}</label>
        <input
          id={`${id}-to`}
          type="date"
          lang={lang}
          value={draft.dateTo}
          onChange={(e) => set({ dateTo: e.target.value })}
        />
      </div>
      <div className="place-field">
        <EntityPicker
          label={t("fPlace")}
          testId="edit-place"
          value={draft.place?.id ?? null}
          onPick={(place) => set({ place })}
        />
        {draft.place && (
          <button type="button" className="link" onClick={() => set({ place: null })}>
            {t("noPlace")}
          </button>
        )}
      </div>
      <RefList
        legend={t("fParticipants")}
        addLabel={t("addParticipant")}
        testId="edit-participants"
        refs={draft.participants}
        onChange={(participants) => set({ participants })}
      />
      <RefList
        legend={t("fTopics")}
        addLabel={t("addTopic")}
        testId="edit-topics"
        refs={draft.topics}
        onChange={(topics) => set({ topics })}
      />
      <label className="inline-field">
        <input type="checkbox" checked={draft.planned} onChange={(e) => set({ planned: e.target.checked })} />
        {t("fPlanned")}
      </label>
      <WriteError error={edit.error} onReload={onDone} />
      <div className="button-row">
        <button type="submit" data-testid="edit-save" disabled={edit.isPending}>
          {t("save")}
        </button>
        <button type="button" onClick={onDone}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
