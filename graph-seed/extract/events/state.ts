/** The events told so far in one article, most recent first, and how new reports fold into them. */
import type { ExtractedEvent, Span } from "../../../model/extraction.ts";
import type { EventType } from "../../../model/kinds.ts";
import type { DateFact } from "../dates/dates.ts";
import { type EventDraft, eventId, mergeInto, toEvent } from "./build.ts";

/** Summit and meeting reports can describe one gathering; the other kinds stand apart. */
export const family = (t: EventType) => (t === "Summit" ? "Meeting" : t);

export class EventState {
  readonly byId = new Map<string, ExtractedEvent>();
  /** Most recently told first. */
  recent: ExtractedEvent[] = [];
  prevSubject: string | null = null;
  /**
   * The day the last sentence that gave one gave, when it was a recent day of the news (not a coming
   * one, not more than three days back): a sentence with no date of its own continues that scene.
   */
  sceneDate: DateFact | null = null;
  /** Everyone the last sentence that named people named, in order. */
  prevPersons: string[] = [];
  /** For a sentence's second clause on: the person its first clause led with. */
  sentenceSubject: string | null = null;
  touch(e: ExtractedEvent) {
    this.recent = [e, ...this.recent.filter((x) => x !== e)];
  }

  /** Events whose date is only the publication day (see dateOf). */
  readonly byPublication = new Set<ExtractedEvent>();

  add(draft: EventDraft) {
    const e = toEvent(draft);
    const have = this.byId.get(e.id);
    if (have) mergeInto(have, e);
    else {
      this.byId.set(e.id, e);
      if (draft.byPublication) this.byPublication.add(e);
    }
    this.touch(have ?? e);
  }

  /**
   * `بحث X مع Y … . وذكرت الخارجية أمس الأربعاء أن الوزيرين … خلال لقائهما`: a later sentence about
   * the same event states its day, which replaces the publication day taken for it.
   */
  redate(e: ExtractedEvent, date: DateFact) {
    if (!this.byPublication.has(e) || date.future || date.date === e.date) return;
    this.byPublication.delete(e);
    this.byId.delete(e.id);
    const id = eventId(e.type, date.date, e.participants);
    const have = this.byId.get(id);
    const target = have ?? Object.assign(e, { id, date: date.date, datePrecision: date.precision });
    if (have) mergeInto(have, e);
    mergeInto(target, { evidence: [], topics: [], place: null, cues: ["date:stated-later"] });
    target.cues = target.cues?.filter((c) => c !== "date:publication");
    this.byId.set(id, target);
    this.recent = this.recent.filter((x) => x !== e);
    this.touch(target);
  }

  /**
   * The event a definite noun (`المحادثات`) refers back to: the last one told if it fits, else the
   * latest fitting event of the day's news before any recalled (background) one.
   */
  referent(
    type: EventType,
    persons: string[],
    anyType = false,
    background?: boolean,
  ): ExtractedEvent | undefined {
    const fits = (e: ExtractedEvent) =>
      (anyType || family(e.type) === family(type)) &&
      persons.every((p) => e.participants.includes(p)) &&
      (background === undefined || e.background === background);
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
    // Those who joined or attended (`انضم إليه`, `حضر اللقاء`) are read from a clause of their own.
    const joined = Object.fromEntries(
      persons.filter((p) => !e.participants.includes(p)).map((p) => [p, 0.7]),
    );
    mergeInto(target, {
      evidence: [evidence],
      topics: [],
      place: null,
      cues: ["participants:joined"],
      participantConfidence: joined,
    });
    this.byId.set(id, target);
    this.recent = this.recent.filter((x) => x !== e);
    this.touch(target);
  }
}

/** Two dates neither of which holds the other (`2023-11` and `2024-03-04`); an unknown one is apart from none. */
export function apartInTime(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && !a.startsWith(b) && !b.startsWith(a);
}
