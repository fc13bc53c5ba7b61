/**
 * Why a connection stands although no sentence names both its ends, in plain words for API readers
 * (the web app words it itself, in either language, from the edge's kind and events).
 */
import type { Provenance } from "../../../model/graph.ts";
import type { EventType } from "../../../model/kinds.ts";

const EVENT_WORDS: Record<EventType, string> = {
  Meeting: "meeting",
  PhoneCall: "call",
  Summit: "summit",
  PressConference: "press conference",
  Agreement: "agreement",
};

interface EventFacts {
  eventType: EventType | null;
  date: string | null;
}

const eventPhrase = (ev: EventFacts) =>
  `the ${ev.eventType ? EVENT_WORDS[ev.eventType] : "event"}${ev.date ? ` of ${ev.date}` : " (undated)"}`;

/** "the meeting of 2017-12-11, the press conference of 2017-12-11 and 2 more" */
function listOf(phrases: string[], most = 3): string {
  const unique = [...new Set(phrases)];
  const shown = unique.slice(0, most);
  const rest = unique.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}` : (shown[0] ?? "an event");
}

const articlesOf = (evidence: Provenance[]) => listOf([...new Set(evidence.map((p) => p.articleId))].sort());

/** A tie between two people read off the events both took part in. */
export const inferenceReason = (events: EventFacts[], reports: Provenance[]) =>
  `both took part in ${listOf(events.map(eventPhrase))}` +
  (reports.length > 0 ? ` reported in ${articlesOf(reports)}` : "") +
  ", but no sentence names both";

/** A path step whose edge has sentences, none of which names both ends. */
export const unnamedStepReason = (evidence: Provenance[]) =>
  `the report in ${articlesOf(evidence)} states it without naming both in one sentence`;

/** A path step whose edge has no sentence at all. */
export const noSentenceReason = (origin: "catalog" | undefined) =>
  origin === "catalog" ? "from the built-in catalog, not from an article" : "no article sentence states it";
