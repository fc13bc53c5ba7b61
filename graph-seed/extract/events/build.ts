/** Builds one event record from its facts, with the id that makes reports of one event merge. */
import type { ExtractedEvent, Span } from "../../../model/extraction.ts";
import type { DatePrecision, EventType } from "../../../model/kinds.ts";
import { idRecord } from "./idRecord.ts";

export interface EventDraft {
  type: EventType;
  participants: string[];
  /** Participant id → role (host, guest, caller, callee), where the text gives one. */
  roles?: Record<string, string>;
  date: string | null;
  precision: DatePrecision | null;
  /** The date is the publication day, not one the text states. */
  byPublication?: boolean;
  place: string | null;
  planned: boolean;
  background: boolean;
  topics: string[];
  evidence: Span;
  /** Names of the rules that produced it (trigger, date basis, carried participants …). */
  cues?: string[];
  /** Participant id → how sure the reading is that this one took part (0–1). */
  participantConfidence?: Record<string, number>;
}

/** `event:<type>:<YYYY-MM-DD|YYYY-MM|undated>:<sorted participant ids joined by +>` */
export function eventId(type: EventType, date: string | null, participants: string[]): string {
  return `event:${type.toLowerCase()}:${date ?? "undated"}:${[...participants].sort().join("+")}`;
}

export function toEvent(d: EventDraft): ExtractedEvent {
  return {
    id: eventId(d.type, d.date, d.participants),
    type: d.type,
    participants: [...d.participants].sort(),
    ...(d.roles ? { roles: d.roles } : {}),
    place: d.place,
    date: d.date,
    datePrecision: d.precision,
    planned: d.planned,
    background: d.background,
    topics: [...d.topics],
    evidence: [d.evidence],
    cues: [...new Set(d.cues ?? [])],
    participantConfidence: copyRecord(d.participantConfidence),
  };
}

/** A copy of an id-keyed record, key by key into an idRecord (a spread would make a hidden class per id set). */
function copyRecord(r: Record<string, number> | undefined): Record<string, number> {
  const out = idRecord<number>();
  for (const id in r) out[id] = r[id]!;
  return out;
}

/** Folds a second report of the same event into the first: evidence and topics unioned. */
export function mergeInto(
  target: ExtractedEvent,
  extra: {
    evidence: Span[];
    topics: string[];
    place: string | null;
    roles?: Record<string, string>;
    cues?: string[];
    participantConfidence?: Record<string, number>;
  },
) {
  if (extra.roles) target.roles ??= extra.roles;
  for (const cue of extra.cues ?? [])
    if (!target.cues?.includes(cue)) target.cues = [...(target.cues ?? []), cue];
  // A second report of the same person taking part makes that reading surer, never less sure.
  const confidences = Object.entries(extra.participantConfidence ?? {});
  if (confidences.length > 0) {
    // A new record, as the target's may be shared with the event it was copied from (state.widen).
    const merged = copyRecord(target.participantConfidence);
    for (const [id, c] of confidences) merged[id] = Math.max(c, merged[id] ?? 0);
    target.participantConfidence = merged;
  }
  for (const e of extra.evidence) {
    if (!target.evidence.some((x) => x.start === e.start && x.end === e.end)) target.evidence.push(e);
  }
  for (const t of extra.topics) if (!target.topics.includes(t)) target.topics.push(t);
  target.place ??= extra.place;
}
