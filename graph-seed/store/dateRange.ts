/**
 * Date-range tests on ISO dates cut to their precision ("2017", "2017-11", "2017-11-21"): a date is a
 * period, and it is in range when that period overlaps the range, so a month-precise event counts for a
 * range that covers part of the month.
 */
const lowest = (d: string) => `${d}-00-00`.slice(0, 10);
const highest = (d: string) => `${d}-99-99`.slice(0, 10);

export function inDateRange(date: string | null | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && highest(date) < lowest(from)) return false;
  if (to && lowest(date) > highest(to)) return false;
  return true;
}

/** Orders dated items first, oldest first; undated last. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a && b) return a < b ? -1 : a > b ? 1 : 0;
  return a ? -1 : b ? 1 : 0;
}
