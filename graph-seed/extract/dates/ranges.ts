/**
 * The interval of days an event can have happened on, as far as the text allows. A day is itself; a
 * month is its first to its last day; a recalled event with no date happened before the report
 * (`قبل اتصالات اليوم`, `مؤخرا`), so at the latest on the publication day; a planned one with no
 * date comes after it.
 */
import type { DateInterval, ExtractedEvent } from "../../../model/extraction.ts";

const lastDayOf = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
};

export function dateRangeOf(e: ExtractedEvent, published: string | null): DateInterval | null {
  const day = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  if (e.date && e.date.length === 10) return null;
  if (e.date && e.date.length === 7) return { from: `${e.date}-01`, to: lastDayOf(e.date) };
  if (e.date && e.date.length === 4) return { from: `${e.date}-01-01`, to: `${e.date}-12-31` };
  if (!day) return { from: null, to: null };
  return e.planned ? { from: day, to: null } : { from: null, to: day };
}

export function assignDateRanges(events: ExtractedEvent[], published: string | null): ExtractedEvent[] {
  for (const e of events) {
    const range = dateRangeOf(e, published);
    if (range) e.dateRange = range;
  }
  return events;
}
