/**
 * Events from trigger words, sentence by sentence. A sentence is cut into clauses at its triggers;
 * each clause's people take part (the subject carried over when the clause names one person only),
 * several calls in one clause become several bilateral calls, and a definite noun (`اللقاء`,
 * `الاتصال`) adds its sentence as evidence to the event it refers back to.
 */
import type { ExtractedEvent, Span } from "../../model/extraction.ts";
import type { EventType } from "../../model/kinds.ts";
import { catalogPerson } from "../catalog/index.ts";
import type { ArticleContext } from "./analyse.ts";
import { findDate } from "./dates.ts";
import { type EventDraft, eventId, mergeInto, toEvent } from "./eventBuild.ts";
import { hasComingTime, isBackground, isPlanned, placeOf } from "./eventCues.ts";
import type { Mention } from "./mentions.ts";
import { normalizeArabic } from "./normalize.ts";
import type { Sentence } from "./sentences.ts";
import { findTriggers, isPhoneWord, type Trigger } from "./triggers.ts";

const ABOUT_WORDS = new Set(["حول", "بشان", "علي", "بخصوص", "لانشاء", "بهدف"]);
const family = (t: EventType) => (t === "Summit" ? "Meeting" : t);

class EventState {
  readonly byId = new Map<string, ExtractedEvent>();
  /** Most recently told first. */
  recent: ExtractedEvent[] = [];
  prevSubject: string | null = null;
  constructor(readonly ctx: ArticleContext) {}

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

  referent(type: EventType, persons: string[], anyType = false): ExtractedEvent | undefined {
    return this.recent.find(
      (e) => (anyType || family(e.type) === family(type)) && persons.every((p) => e.participants.includes(p)),
    );
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

function isSpokesperson(m: Mention): boolean {
  if (m.spokesperson || m.office?.office.en === "Spokesperson") return true;
  const p = catalogPerson(m.entityId);
  return Boolean(p && p.offices.length > 0 && p.offices.every((o) => o.office === "spokesperson"));
}

function mentionsIn(ctx: ArticleContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter((m) => m.first >= from && m.last <= to);
}

/** Named only as the sender of a message or the one represented (`رسالة من`, `نيابة عن`), or in apposition as a spokesperson. */
function isAbsent(ctx: ArticleContext, m: Mention): boolean {
  const before = normalizeArabic(ctx.text.slice(Math.max(0, m.start - 60), m.start));
  if (/(رساله|نيابه عن|بالنيابه عن)[^.،,]{0,40}$/.test(before)) return true;
  return /^\s*[،,]\s*(المتحدث|الناطق)/.test(ctx.text.slice(m.end, m.end + 20));
}

function personsIn(mentions: Mention[], ctx?: ArticleContext): string[] {
  const ids: string[] = [];
  for (const m of mentions) {
    if (m.type !== "Person" || isSpokesperson(m) || (ctx && isAbsent(ctx, m))) continue;
    if (!ids.includes(m.entityId)) ids.push(m.entityId);
  }
  return ids;
}

function tokenRange(ctx: ArticleContext, s: Sentence): [number, number] | null {
  const inside = ctx.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
  return inside.length ? [inside[0]!.index, inside[inside.length - 1]!.index] : null;
}

function slice(ctx: ArticleContext, from: number, to: number): string {
  const { tokens, text } = ctx;
  return text.slice(tokens[Math.max(0, from)]!.start, tokens[Math.min(to, tokens.length - 1)]!.end);
}

interface SentenceInfo {
  s: Sentence;
  a: number;
  b: number;
  topics: string[];
  triggers: number;
  /** The sentence speaks of a phone call. */
  phone: boolean;
}

/** Participants of one clause, with the subject carried over when it names one person only. */
function participants(
  state: EventState,
  t: Trigger,
  persons: string[],
  clause: Mention[],
  aboutAt = Number.POSITIVE_INFINITY,
): string[][] {
  let ps = persons;
  if (ps.length === 1 && !(t.type === "Agreement" && persons.length === 0)) {
    const withHim = (sameFamily: boolean) =>
      state.recent.find(
        (e) => (!sameFamily || family(e.type) === family(t.type)) && e.participants.includes(ps[0]!),
      );
    const last = withHim(true) ?? withHim(false);
    const prev = state.prevSubject && state.prevSubject !== ps[0] ? [state.prevSubject] : [];
    const other = last ? last.participants : prev;
    ps = [...new Set([...ps, ...other])];
  } else if (ps.length === 0) {
    // The states before `حول`/`بشأن`/`على` are the parties; those after are what they agreed about.
    const stop =
      clause.find((m) => m.type !== "Country" && m.first > t.at)?.first ?? Number.POSITIVE_INFINITY;
    const agreement = t.type === "Agreement";
    const parties = clause.filter(
      (m) => m.type === "Country" && (!agreement || (m.first > t.at && m.first < Math.min(stop, aboutAt))),
    );
    const countries = [...new Set(parties.map((m) => m.entityId))];
    if ((t.type === "Summit" || t.type === "Agreement") && countries.length >= 2) ps = countries;
  }
  if (ps.length < 2) return [];
  const clauseText = normalizeArabic(clause.map((m) => m.name.ar).join(" "));
  const split = t.type === "PhoneCall" || /كل من/.test(clauseText);
  if (split && persons.length >= 3) return ps.slice(1).map((p) => [ps[0]!, p]);
  return [ps];
}

function dateOf(ctx: ArticleContext, clause: string, sentence: string, held: boolean) {
  const published = ctx.meta.published;
  const own = findDate(clause, published);
  if (own) return own;
  const around = findDate(sentence, published);
  if (around && !around.future) return around;
  if (held && published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    return { date: published, precision: "day" as const, future: false, past: false };
  }
  return null;
}

function olderThanNews(date: string, published: string | null): boolean {
  if (!published) return false;
  const days = (Date.parse(published) - Date.parse(date.length === 7 ? `${date}-28` : date)) / 86_400_000;
  return days > 3;
}

/** `أن`, `إن`, `بأن`: what follows is reported speech, whose people are not the event's. */
const TEMPORAL = new Set(["بعد", "قبل", "منذ", "الي", "حتي", "وبعد", "لبعد"]);
const COMPLEMENTIZERS = new Set(["ان", "بان", "وان", "انه", "انها", "بانه", "بانها", "وانه"]);

/** The part of a clause that can name participants: after the last `أن` before the trigger, up to the first after it. */
function speechBounds(ctx: ArticleContext, from: number, at: number, to: number): [number, number] {
  // `بعد أن`, `قبل أن`: a time clause, not reported speech.
  const says = (k: number) =>
    COMPLEMENTIZERS.has(ctx.tokens[k]!.norm) && !TEMPORAL.has(ctx.tokens[k - 1]?.norm ?? "");
  let lo = from;
  for (let k = from; k < at; k++) if (says(k)) lo = k + 1;
  let hi = to;
  for (let k = at + 1; k <= to; k++) {
    if (says(k)) {
      hi = k - 1;
      break;
    }
  }
  return [lo, hi];
}

function clauseEvent(state: EventState, info: SentenceInfo, t: Trigger, from: number, to: number) {
  const { ctx } = state;
  const clauseMentions = mentionsIn(ctx, from, to);
  const [lo, hi] = speechBounds(ctx, from, t.at, to);
  const persons = personsIn(mentionsIn(ctx, lo, hi), ctx);
  let type = t.type;
  if (type === "Meeting" && ctx.tokens.slice(from, to + 1).some((k) => isPhoneWord(k.norm)))
    type = "PhoneCall";
  if (type === "Meeting" && t.verb && info.phone) type = "PhoneCall";
  const typed = { ...t, type };
  const clauseNorm = normalizeArabic(slice(ctx, from, to));
  if (
    persons.length > 0 &&
    /(^|\s)(و|ثم )?(انضم|ينضم|انضما|حضره|حضر|حضرها|بحضور)/.test(clauseNorm) &&
    state.recent[0]
  ) {
    state.widen(state.recent[0], persons, spanOf(ctx, info.s));
    return;
  }
  // `الاتفاق بين روسيا وإيران`, `الاتفاق الروسي التركي`: the parties are states, whoever speaks.
  const statesAfter = (k: number) => mentionsIn(ctx, k, k).some((m) => m.type === "Country");
  const betweenStates =
    type === "Agreement" &&
    (statesAfter(t.at + 1) || (ctx.tokens[t.at + 1]?.norm === "بين" && statesAfter(t.at + 2)));
  let persons2 = betweenStates ? [] : persons;
  if (t.anaphoric) {
    const target =
      state.referent(type, persons) ??
      (persons.length >= 2 ? state.referent(type, persons, true) : undefined);
    if (target) {
      mergeInto(target, { evidence: [spanOf(ctx, info.s)], topics: info.topics, place: null });
      state.touch(target);
      return;
    }
    // `… اتصالاً هاتفياً …، حيث تم التباحث حول …`: the talks are the call this sentence just told.
    const here = state.recent[0];
    if (persons.length === 0 && here?.evidence.some((e) => e.start === info.s.start)) {
      mergeInto(here, { evidence: [], topics: info.topics, place: null });
      return;
    }
    // `المباحثات بين الرئيسين` after a press conference: the talks of the same people.
    if (persons.length < 2 && state.recent[0])
      persons2 = [...new Set([...persons, ...state.recent[0].participants])];
    // `وشارك في القمة …` about a gathering the previous sentence introduced without naming it.
    else if (state.prevSubject && !persons2.includes(state.prevSubject))
      persons2 = [state.prevSubject, ...persons2];
  }
  // `القمة الثلاثية التي جمعتهما مع …`: "brought the two together" adds the one just spoken of.
  if (/(^|\s)(جمعتهما|جمعهما|جمعت بينهما|جمعته|جمعتهم)(?=$|\s)/.test(clauseNorm) && state.prevSubject) {
    persons2 = [...new Set([state.prevSubject, ...persons2])];
  }
  const clause = slice(ctx, from, to);
  const window = slice(ctx, Math.max(info.a, t.at - 4), Math.min(info.b, t.at + 4));
  const cueText = slice(ctx, Math.max(info.a, t.at - 6), Math.min(to, t.at + 3));
  let background = isBackground(cueText);
  const date0 = background ? findDate(clause, ctx.meta.published) : dateOf(ctx, clause, info.s.text, true);
  const after = slice(ctx, t.at, Math.min(to, t.at + 10));
  const planned = isPlanned(window) || hasComingTime(after) || Boolean(date0?.future);
  if (date0 && !planned && olderThanNews(date0.date, ctx.meta.published)) background = true;
  const date = planned && !date0?.future ? (findDate(clause, ctx.meta.published) ?? null) : date0;
  const place =
    placeOf(ctx.text, clauseMentions) ?? (background ? null : defaultPlace(ctx, info, info.triggers === 1));
  const aboutAt =
    ctx.tokens.slice(t.at + 1, to + 1).find((k) => ABOUT_WORDS.has(k.norm))?.index ??
    Number.POSITIVE_INFINITY;
  for (const group of participants(state, typed, persons2, clauseMentions, aboutAt)) {
    // States agreeing (`جرى الاتفاق بين روسيا وإيران وتركيا`) are recalled, not the day's news:
    // they keep only a date the clause itself states.
    const states = group.every((id) => id.startsWith("country:"));
    const own = states && type === "Agreement" ? findDate(clause, ctx.meta.published) : date;
    state.add({
      type,
      participants: group,
      date: own?.date ?? null,
      precision: own?.precision ?? null,
      place: states && type === "Agreement" ? null : place,
      planned,
      background,
      topics: info.topics,
      evidence: spanOf(ctx, info.s),
    });
  }
}

function defaultPlace(ctx: ArticleContext, info: SentenceInfo, wholeSentence: boolean): string | null {
  const own = wholeSentence ? placeOf(ctx.text, mentionsIn(ctx, info.a, info.b)) : null;
  if (own) return own;
  const d = ctx.boilerplate.dateline;
  if (!d) return null;
  const m = ctx.mentions.find((x) => x.type === "Place" && x.start >= d.start && x.end <= d.end);
  return m?.entityId ?? null;
}

function spanOf(ctx: ArticleContext, s: Sentence) {
  return { text: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
}

function topicsNear(ctx: ArticleContext, ranges: ([number, number] | null)[]): string[] {
  const ids: string[] = [];
  for (const r of ranges) {
    if (!r) continue;
    for (const m of mentionsIn(ctx, r[0], r[1]))
      if (m.type === "Topic" && !ids.includes(m.entityId)) ids.push(m.entityId);
  }
  return ids;
}

/** Meeting and summit reports of the same gathering (same people, same day) are one event. */
function foldMeetingsIntoSummits(events: ExtractedEvent[]): ExtractedEvent[] {
  const summits = events.filter((e) => e.type === "Summit");
  return events.filter((e) => {
    if (e.type !== "Meeting") return true;
    const s = summits.find(
      (x) => x.date === e.date && e.participants.every((p) => x.participants.includes(p)),
    );
    if (!s) return true;
    mergeInto(s, e);
    return false;
  });
}

export function findEvents(ctx: ArticleContext): ExtractedEvent[] {
  const state = new EventState(ctx);
  const ranges = ctx.sentences.map((s) => tokenRange(ctx, s));
  ctx.sentences.forEach((s, si) => {
    const r = ranges[si];
    if (!r) return;
    const [a, b] = r;
    const triggers = findTriggers(ctx.tokens, a, b);
    const info: SentenceInfo = {
      s,
      a,
      b,
      topics: topicsNear(ctx, [r, ranges[si + 1] ?? null]),
      triggers: triggers.length,
      phone:
        triggers.some((x) => x.type === "PhoneCall") ||
        ctx.tokens.slice(a, b + 1).some((k) => isPhoneWord(k.norm)),
    };
    triggers.forEach((t, k) => {
      const from = k === 0 ? a : t.at;
      const to = k + 1 < triggers.length ? triggers[k + 1]!.at - 1 : b;
      clauseEvent(state, info, t, from, to);
    });
    state.prevSubject = personsIn(mentionsIn(ctx, a, b), ctx)[0] ?? state.prevSubject;
  });
  return foldMeetingsIntoSummits([...state.byId.values()]);
}
