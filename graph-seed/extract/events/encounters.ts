/**
 * One occasion, several events: the talks, the joint press conference after them and the agreement
 * signed there. In-person events of one article on one day that share two people are one encounter,
 * so a tie between those two counts the occasion once. The key is stable across articles that tell the same
 * occasion (its day and the people of its first event).
 */
import type { ExtractedEvent } from "../../../model/extraction.ts";

const persons = (e: ExtractedEvent) => e.participants.filter((p) => p.startsWith("person:"));
const shareTwo = (a: ExtractedEvent, b: ExtractedEvent) =>
  persons(a).filter((p) => persons(b).includes(p)).length >= 2;

export function assignEncounters(events: ExtractedEvent[]): ExtractedEvent[] {
  const groups: ExtractedEvent[][] = [];
  for (const e of events) {
    // A call is an occasion of its own, even on the day the two also met.
    if (e.type === "PhoneCall") {
      e.encounter = e.id;
      continue;
    }
    const sameDay = (g: ExtractedEvent[]) =>
      e.date !== null && e.datePrecision === "day" && g[0]!.date === e.date && !e.planned && !g[0]!.planned;
    const group = groups.find((g) => sameDay(g) && g.some((x) => shareTwo(x, e)));
    if (group) group.push(e);
    else groups.push([e]);
  }
  for (const g of groups) {
    const head = [...g].sort((a, b) => persons(b).length - persons(a).length || (a.id < b.id ? -1 : 1))[0]!;
    const key = head.date ? `encounter:${head.date}:${persons(head).join("+") || head.id}` : head.id;
    for (const e of g) e.encounter = key;
  }
  return events;
}
