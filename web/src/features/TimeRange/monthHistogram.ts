/** Event counts per month for the time-range brush, and the date clamping the inputs need. */
import type { EventSummary } from "../../../../model/api.ts";

export interface MonthBin {
  /** YYYY-MM */
  month: string;
  count: number;
}

const monthOf = (date: string) => date.slice(0, 7);

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * One bin per month from the first dated event to the last, empty months included so bar width means
 * time. Events dated only to a year count in January of that year; undated events are left out.
 */
export function monthHistogram(events: readonly EventSummary[]): MonthBin[] {
  const counts = new Map<string, number>();
  for (const { event } of events) {
    if (!event.date) continue;
    const month = event.date.length === 4 ? `${event.date}-01` : monthOf(event.date);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const bins: MonthBin[] = [];
  for (let m = months[0]!; m <= months.at(-1)!; m = nextMonth(m))
    bins.push({ month: m, count: counts.get(m) ?? 0 });
  return bins;
}

const lastDayOf = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
};

/** A stored range bound (YYYY, YYYY-MM or YYYY-MM-DD) as the full day a date input needs. */
export function toInputDay(value: string | null, end: "from" | "to"): string {
  if (!value) return "";
  if (value.length === 10) return value;
  if (value.length === 7) return end === "from" ? `${value}-01` : lastDayOf(value);
  return end === "from" ? `${value}-01-01` : `${value}-12-31`;
}

/** Whether a month lies inside the chosen range (open ends included). */
export function monthInRange(month: string, from: string | null, to: string | null): boolean {
  return (
    (!from || lastDayOf(month) >= toInputDay(from, "from")) && (!to || `${month}-01` <= toInputDay(to, "to"))
  );
}

export { lastDayOf };
