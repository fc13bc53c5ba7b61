/**
 * A date read from text, and the calendar arithmetic its readers share: days as ISO strings, placed
 * against the publication date (future, past, the nearest year for a day and month without one).
 */
import { onCalendar } from "../../../model/api.ts";
import type { DatePrecision } from "../../../model/kinds.ts";

export interface DateFact {
  date: string;
  precision: DatePrecision;
  /** After the publication date: the event can only be planned. */
  future: boolean;
  /** Before the publication day. */
  past: boolean;
  /** Not stated: the publication day, taken for the day's news told without one. */
  byPublication?: boolean;
  /** Not stated in the clause: the day the sentence before gave. */
  fromScene?: boolean;
}

export const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const parseDay = (s: string) => new Date(`${s}T00:00:00Z`);
export const addDays = (s: string, n: number) => iso(new Date(parseDay(s).getTime() + n * 86_400_000));

export function fact(date: string, precision: DatePrecision, published: string | null): DateFact {
  const pub = published ? published.slice(0, date.length) : null;
  return { date, precision, future: pub !== null && date > pub, past: pub !== null && date < pub };
}

export function dayFact(year: number, month: number, day: number, published: string | null): DateFact | null {
  // `99999` or `0000` is a typo or a number, not a year any report speaks of.
  if (!onCalendar(String(year))) return null;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return null;
  return fact(`${year}-${pad(month)}-${pad(day)}`, "day", published);
}

/** `15 آب الماضي`: the last such day before publication; `المقبل`, the next one after it. */
export function directedYear(
  month: number,
  day: number,
  dir: string | undefined,
  published: string | null,
): number {
  const year = nearestYear(month, day, published);
  if (!dir || !published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return year;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (/الماضي|المنصرم|الفايت|الفارط/.test(dir) && date >= published) return year - 1;
  if (/المقبل|القادم/.test(dir) && date <= published) return year + 1;
  return year;
}

/** A day and month without a year: the year that puts it nearest the publication date. */
export function nearestYear(month: number, day: number, published: string | null): number {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    return published ? Number(published.slice(0, 4)) : new Date().getUTCFullYear();
  }
  const year = Number(published.slice(0, 4));
  const pub = parseDay(published).getTime();
  const options = [year - 1, year, year + 1];
  const dist = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - pub);
  return options.reduce((a, b) => (dist(b) < dist(a) ? b : a));
}
