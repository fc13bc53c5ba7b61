/** The events told so far in one article, most recent first, and how new reports fold into them. */
import type { ExtractedEvent, Span } from "../../model/extraction.ts";
import type { EventType } from "../../model/kinds.ts";
import { type EventDraft, eventId, mergeInto, toEvent } from "./eventBuild.ts";

/** Summit and meeting reports can describe one gathering; the other kinds stand apart. */
export const family = (t: EventType) => (t === "Summit" ? "Meeting" : t);

export class EventState {
  readonly byId = new Map<string, ExtractedEvent>();
  /** Most recently told first. */
  recent: ExtractedEvent[] = [];
  prevSubject: string | null = null;
  /** Everyone the last sentence that named people named, in order. */
  prevPersons: string[] = [];
  /** For a sentence's second clause on: the person its first clause led with. */
  sentenceSubject: string | null = null;
  touch(e: ExtractedEvent) {
    this.recent = [e, ...this.recent.filter((x) => x !== e)];
  }

  add(draft: EventDraft) {
    const e = toEvent(draft);
    const have = this.byId.get(e.id);
    if (have) mergeInto(have, e);
    else this.byId.set(e.id, e);
    this.touch(have ?? e);
  }

  /**
   * The event a definite noun (`المحادثات`) refers back to: the last one told if it fits, else the
   * latest fitting event of the day's news before any recalled (background) one.
   */
  referent(type: EventType, persons: string[], anyType = false): ExtractedEvent | undefined {
    const fits = (e: ExtractedEvent) =>
      (anyType || family(e.type) === family(type)) && persons.every((p) => e.participants.includes(p));
    const last = this.recent[0];
    if (last && fits(last)) return last;
    return this.recent.find((e) => fits(e) && !e.background) ?? this.recent.find(fits);
  }

  /** People who join an event later (`انضم إليه لاحقاً`) take part in it: re-key it with them. */
  widen(e: ExtractedEvent, persons: string[], evidence: Span) {
    this.byId.delete(e.id);
    const all = [...new Set([...e.participants, ...persons])].sort();
    const id = eventId(e.type, e.date, all);
    const have = this.byId.get(id);
    const target = have ?? { ...e, id, participants: all };
    if (have) mergeInto(have, e);
    mergeInto(target, { evidence: [evidence], topics: [], place: null });
    this.byId.set(id, target);
    this.recent = this.recent.filter((x) => x !== e);
    this.touch(target);
  }
}
