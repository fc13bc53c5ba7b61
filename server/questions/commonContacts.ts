/** "Common contacts of X and Y": people who met or spoke with both, by the fewer of their two counts. */

import { nodeId } from "../../model/ids.ts";
import type { QuestionAnswer, QuestionParams } from "../../model/questions.ts";
import type { GraphStore } from "../../model/store.ts";
import { byName, eventsOf, occasionsOf } from "./occasions.ts";

export async function commonContacts(
  store: GraphStore,
  q: QuestionParams<"common-contacts">,
): Promise<QuestionAnswer> {
  const [ofX, ofY] = await Promise.all([eventsOf(store, q.x, q), eventsOf(store, q.y, q)]);
  const withX = occasionsOf(q.x, ofX.events, q.mode);
  const withY = occasionsOf(q.y, ofY.events, q.mode);
  const rows = [...withX.values()]
    .filter((o) => o.other.id !== q.y && withY.has(o.other.id))
    .map((o) => ({
      person: o.other,
      withX: o.encounters.size,
      withY: withY.get(o.other.id)!.encounters.size,
    }))
    .sort((a, b) => Math.min(b.withX, b.withY) - Math.min(a.withX, a.withY) || byName(a.person, b.person));
  return {
    question: "common-contacts",
    columns: [
      { key: "person", kind: "node" },
      { key: "withX", kind: "count" },
      { key: "withY", kind: "count" },
    ],
    rows,
    highlight: [nodeId(q.x), nodeId(q.y), ...rows.map((r) => r.person.id)],
    truncated: ofX.truncated || ofY.truncated,
  };
}
