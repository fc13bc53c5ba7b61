/** "Which topics did X and Y discuss": topics of the events both took part in, with dates and a quote. */
import type { EventSummary, NodeRef } from "../../model/api.ts";
import { nodeId } from "../../model/ids.ts";
import type { QuestionAnswer, QuestionParams } from "../../model/questions.ts";
import type { GraphStore } from "../../model/store.ts";
import { byName, dayOf, encounterOf, eventsOf } from "./occasions.ts";

interface TopicRow {
  topic: NodeRef;
  events: EventSummary[];
}

export async function pairTopics(
  store: GraphStore,
  q: QuestionParams<"pair-topics">,
): Promise<QuestionAnswer> {
  const { events, truncated } = await eventsOf(store, q.x, q);
  const together = events.filter((s) => s.participants.some((p) => p.id === q.y));
  const byTopic = new Map<string, TopicRow>();
  for (const s of together)
    for (const topic of s.topics) {
      const row = byTopic.get(topic.id) ?? { topic, events: [] };
      row.events.push(s);
      byTopic.set(topic.id, row);
    }
  // Occasions, not events: the talks and the press conference after them are one occasion.
  const occasions = (r: TopicRow) => new Set(r.events.map(encounterOf)).size;
  const rows = [...byTopic.values()].sort((a, b) => occasions(b) - occasions(a) || byName(a.topic, b.topic));
  return {
    question: "pair-topics",
    columns: [
      { key: "topic", kind: "node" },
      { key: "occasions", kind: "count" },
      { key: "dates", kind: "text" },
      { key: "quote", kind: "quote" },
    ],
    rows: rows.map((row) => ({
      topic: row.topic,
      occasions: occasions(row),
      dates: [...new Set(row.events.map(dayOf).filter((d): d is string => d !== null))].sort().join(", "),
      quote: row.events.flatMap((s) => s.evidence)[0] ?? null,
    })),
    highlight: [nodeId(q.x), nodeId(q.y), ...rows.map((r) => r.topic.id)],
    truncated,
  };
}
