/**
 * An event's date as the interval of days it can have happened on, and how such an interval sits in a
 * time range. Dates are ISO, cut to their precision ("2017", "2017-11", "2017-11-21"); intervals are
 * inclusive ISO days with null for an open end. Shared by the loader, both stores and the web app, so a
 * time filter means the same everywhere.
 */

export interface DayInterval {
  from: string | null;
  to: string | null;
}

/** The first day a YYYY / YYYY-MM / YYYY-MM-DD date can mean. */
export const firstDayOf = (date: string) => `${date}-01-01`.slice(0, 10);

/** The last day a YYYY / YYYY-MM / YYYY-MM-DD date can mean (a real day: 2017-02 ends on the 28th). */
export function lastDayOf(date: string): string {
  if (date.length >= 10) return date.slice(0, 10);
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split("-").map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one (UTC, so no time zone can shift it).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, "0")}`;
}

/** The days a date cut to its precision covers: a month is the whole month, a year the whole year. */
export const intervalOfDate = (date: string | null | undefined): DayInterval =>
  date ? { from: firstDayOf(date), to: lastDayOf(date) } : { from: null, to: null };

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null || a < b ? a : b);

/**
 * The days an event can have happened on, from its date and the range a text allows: both constrain it,
 * so the interval is where they overlap ("November 2017" and "before the 21st" → 1–21 November). A range
 * that contradicts the date yields to it; ends that are not ISO dates count as open.
 */
export function eventDays(date: string | null | undefined, range?: Partial<DayInterval> | null): DayInterval {
  const ofDate = intervalOfDate(date && ISO_DATE.test(date) ? date : null);
  const from = range?.from && ISO_DATE.test(range.from) ? firstDayOf(range.from) : null;
  const to = range?.to && ISO_DATE.test(range.to) ? lastDayOf(range.to) : null;
  const both = { from: later(from, ofDate.from), to: earlier(to, ofDate.to) };
  return both.from !== null && both.to !== null && both.from > both.to ? ofDate : both;
}

/**
 * An event's interval: the stored `dateFrom`/`dateTo` where the loader wrote them, filled in from the
 * date where one is missing (records stored before intervals existed have only `date`).
 */
export function eventInterval(event: {
  date?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}): DayInterval {
  const ofDate = intervalOfDate(event.date);
  return { from: event.dateFrom ?? ofDate.from, to: event.dateTo ?? ofDate.to };
}

/** True when nothing at all is known of when it happened. */
export const isOpenInterval = (iv: DayInterval) => iv.from === null && iv.to === null;

/** in: surely inside the range; out: surely outside; uncertain: it may or may not be (straddles an edge, or unknown). */
export const RANGE_FITS = ["in", "uncertain", "out"] as const;
export type RangeFit = (typeof RANGE_FITS)[number];

/**
 * How an interval sits in a range whose bounds are dates of any precision (a `to` of "2017" means up to
 * 2017-12-31). No range at all: everything is in. An open end can reach past any bound, so an event
 * known only to be "before 2017-11-21" is uncertain in 2017 and out of 2018.
 */
export function fitInRange(iv: DayInterval, from?: string | null, to?: string | null): RangeFit {
  if (!from && !to) return "in";
  const lo = from ? firstDayOf(from) : null;
  const hi = to ? lastDayOf(to) : null;
  if ((lo && iv.to !== null && iv.to < lo) || (hi && iv.from !== null && iv.from > hi)) return "out";
  const startsIn = !lo || (iv.from !== null && iv.from >= lo);
  const endsIn = !hi || (iv.to !== null && iv.to <= hi);
  return startsIn && endsIn ? "in" : "uncertain";
}

/** The day to order events by: the date where known, otherwise the interval's known end. */
export const sortDayOf = (event: {
  date?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}) => event.date ?? event.dateFrom ?? event.dateTo ?? null;
