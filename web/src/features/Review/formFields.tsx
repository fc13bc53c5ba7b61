/**
 * The labelled fields every curation form shares (edit an event, add a fact, edit an office): each is a
 * label and its control, to sit in a `form-grid`.
 */
import type { Ref } from "react";
import { DATE_PRECISIONS, type DatePrecision, EVENT_TYPES, type EventType } from "../../../../model/kinds.ts";
import { useT } from "../../i18n/useT.ts";
import { EVENT_LABEL } from "../Timeline/eventTypes.ts";

interface FieldProps<T> {
  id: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
}

/** A date as YYYY, YYYY-MM or YYYY-MM-DD (the precision the text gives), left to right in any layout. */
export function DateField({ id, label, value, onChange }: FieldProps<string>) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        dir="ltr"
        placeholder="YYYY-MM-DD"
        pattern="\d{4}(-\d{2}(-\d{2})?)?"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

export function EventTypeSelect({
  id,
  value,
  onChange,
  selectRef,
}: Omit<FieldProps<EventType>, "label"> & { selectRef?: Ref<HTMLSelectElement> }) {
  const { t } = useT();
  return (
    <>
      <label htmlFor={id}>{t("fType")}</label>
      <select id={id} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value as EventType)}>
        {EVENT_TYPES.map((ty) => (
          <option key={ty} value={ty}>
            {t(EVENT_LABEL[ty])}
          </option>
        ))}
      </select>
    </>
  );
}

/** Day, month or year; "—" when the date gives none. */
export function PrecisionSelect({ id, value, onChange }: Omit<FieldProps<DatePrecision | "">, "label">) {
  const { t } = useT();
  return (
    <>
      <label htmlFor={id}>{t("fPrecision")}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as DatePrecision | "")}>
        <option value="">—</option>
        {DATE_PRECISIONS.map((p) => (
          <option key={p} value={p}>
            {t(`prec_${p}`)}
          </option>
        ))}
      </select>
    </>
  );
}
