/**
 * Date rules every layer shares, free of zod so the web bundle can use them without the API schemas.
 */

/** The years a date anywhere in the project may name: "0000" or "9999" is a typo, not news. */
export const YEARS = { min: 1800, max: 2199 } as const;

/**
 * True when every part present is on the calendar (no month 13, no 30 February) and the year is in
 * YEARS: the one date rule for the API, the seeder's metadata and every other way in.
 */
export const onCalendar = (date: string) => {
  const [year, month, day] = date.split("-").map(Number) as [number, number?, number?];
  if (year < YEARS.min || year > YEARS.max) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone can shift it).
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

/** The first and last day a YYYY / YYYY-MM / YYYY-MM-DD date can mean, to compare ranges of mixed precision. */
const firstDay = (d: string) => `${d}-01-01`.slice(0, 10);
const lastDay = (d: string) => `${d}-12-31`.slice(0, 10);

/** True when `from` (YYYY, YYYY-MM or YYYY-MM-DD) starts after `to` ends: a range that matches nothing. */
export const reversedRange = (from: string, to: string) => firstDay(from) > lastDay(to);
