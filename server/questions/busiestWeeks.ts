/**
 * "The busiest weeks of a topic": events that discussed it, by ISO week (Monday first). Only events
 * dated to the day have a week; the rest are counted apart so the answer says what it left out.
 */
import type { EventSummary, NodeRef } from "../../model/api.ts";
import { nodeId } from "../../model/ids.ts";
import type { QuestionAnswer, QuestionParams } from "../../model/questions.ts";
import type { GraphStore } from "../../model/store.ts";
import { byName, encounterOf, eventsOf } from "./occasions.ts";

/** The Monday of the ISO week a YYYY-MM-DD day falls in. */
export function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const isDay = (s: EventSummary) => s.event.datePrecision === "day" && !!s.event.date;

export async function busiestWeeks(
  store: GraphStore,
  q: QuestionParams<"busiest-weeks">,
): Promise<QuestionAnswer> {
  const { events, truncated } = await eventsOf(store, undefined, q);
  const onTopic = events.filter((s) => s.topics.some((t) => t.id === q.topic));
  const weeks = new Map<string, EventSummary[]>();
  for (const s of onTopic.filter(isDay)) {
    const week = weekStart(s.event.date!);
    weeks.set(week, [...(weeks.get(week) ?? []), s]);
  }
  // Occasions, not events: a meeting and its press conference are one busy moment, not two.
  const occasions = (evs: EventSummary[]) => new Set(evs.map(encounterOf)).size;
  const rows = [...weeks]
    .sort(([a, evA], [b, evB]) => occasions(evB) - occasions(evA) || a.localeCompare(b))
    .slice(0, q.limit)
    .map(([week, evs]) => {
      const people = new Map<string, NodeRef>();
      for (const s of evs) for (const p of s.participants) if (p.kind === "Person") people.set(p.id, p);
      return { week, occasions: occasions(evs), participants: [...people.values()].sort(byName) };
    });
  return {
    question: "busiest-weeks",
    columns: [
      { key: "week", kind: "date" },
      { key: "occasions", kind: "count" },
      { key: "participants", kind: "nodes" },
    ],
    rows,
    highlight: [nodeId(q.topic), ...new Set(rows.flatMap((r) => r.participants.map((p) => p.id)))],
    truncated,
    undated: onTopic.length - onTopic.filter(isDay).length,
  };
}
