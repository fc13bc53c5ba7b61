/** "Who met X": counterparts ranked by occasions, and "who met X first and last": the same, by first date. */

import { nodeId } from "../../model/ids.ts";
import type { QuestionAnswer, QuestionParams } from "../../model/questions.ts";
import type { GraphStore } from "../../model/store.ts";
import { byName, eventsOf, type Occasions, occasionsOf } from "./occasions.ts";

const columns = [
  { key: "person", kind: "node" },
  { key: "occasions", kind: "count" },
  { key: "first", kind: "date" },
  { key: "last", kind: "date" },
] as const;

const rowOf = (o: Occasions) => ({
  person: o.other,
  occasions: o.encounters.size,
  first: o.first,
  last: o.last,
});

async function counterparts(store: GraphStore, q: QuestionParams<"who-met">) {
  const { events, truncated } = await eventsOf(store, q.x, q);
  return { all: [...occasionsOf(q.x, events, q.mode).values()], truncated };
}

export async function whoMet(store: GraphStore, q: QuestionParams<"who-met">): Promise<QuestionAnswer> {
  const { all, truncated } = await counterparts(store, q);
  all.sort(
    (a, b) =>
      b.encounters.size - a.encounters.size ||
      (b.last ?? "").localeCompare(a.last ?? "") ||
      byName(a.other, b.other),
  );
  return {
    question: "who-met",
    columns: [...columns],
    rows: all.map(rowOf),
    highlight: [nodeId(q.x), ...all.map((o) => o.other.id)],
    truncated,
  };
}

/** Undated occasions sort last: the text did not say when. */
export async function firstLast(store: GraphStore, q: QuestionParams<"first-last">): Promise<QuestionAnswer> {
  const { all, truncated } = await counterparts(store, q);
  all.sort((a, b) => (a.first ?? "9999").localeCompare(b.first ?? "9999") || byName(a.other, b.other));
  return {
    question: "first-last",
    columns: [columns[0], columns[2], columns[3], columns[1]],
    rows: all.map(rowOf),
    highlight: [nodeId(q.x), ...all.map((o) => o.other.id)],
    truncated,
  };
}
