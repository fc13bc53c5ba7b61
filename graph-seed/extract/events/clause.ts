/**
 * One clause (a trigger and the words up to the next) → an event, or more evidence for one already
 * told: a definite noun (`اللقاء`, `الاتصال`) refers back, `انضم إليه` widens the last event, and
 * otherwise its type, people, date, place and planned/background status are read from the clause.
 */
import type { ExtractedEvent } from "../../../model/extraction.ts";
import type { EventType } from "../../../model/kinds.ts";
import type { ArticleContext } from "../analyse.ts";
import { type DateFact, findDate, findDateInSentence, lastMonthOf } from "../dates/dates.ts";
import { alternation, CUES, NAMES, PARTICIPANTS, TRIGGERS } from "../lexicon/index.ts";
import type { Mention } from "../mentions/mentions.ts";
import { TITLE_HEADS } from "../people/titles.ts";
import { subclause } from "../text/subclause.ts";
import { cliticForms, formsOf, type Token } from "../text/tokens.ts";
import { mergeInto } from "./build.ts";
import {
  hasComingTime,
  isBackground,
  isFollowed,
  isNegated,
  isPlanned,
  isPlannedAfter,
  placeOf,
} from "./cues.ts";
import { cuesOf } from "./cuesOf.ts";
import { dualReferent, participantGroups } from "./participants.ts";
import { mentionsIn, notAnEvent, personsIn, speechBounds } from "./people.ts";
import { rolesOf } from "./roles.ts";
import { apartInTime, type EventState, family } from "./state.ts";
import { comesLater, toldAhead } from "./tense.ts";
import { isPhoneWord, PLURAL_GATHERINGS, type Trigger, trigger } from "./triggers.ts";
import {
  dateOf,
  defaultPlace,
  normSlice,
  normWithoutNames,
  olderThanNews,
  type SentenceInfo,
  slice,
  spanOf,
} from "./when.ts";

interface Clause {
  ctx: ArticleContext;
  state: EventState;
  info: SentenceInfo;
  t: Trigger;
  from: number;
  to: number;
  /** The clause's words, normalised, for whole-word tests; joined on first use. */
  words?: string;
  /** When and where, read on first use (a clause folded into an earlier event never needs it). */
  facts?: ReturnType<typeof whenAndWhere>;
}

/** The clause's words, already normalised (cheaper than folding its text again), joined once. */
function wordsOf(c: Clause): string {
  if (c.words === undefined) {
    let words = "";
    for (let k = c.from; k <= c.to; k++)
      words += k === c.from ? c.ctx.tokens[k]!.norm : ` ${c.ctx.tokens[k]!.norm}`;
    c.words = words;
  }
  return c.words;
}

function factsOf(c: Clause, type: EventType) {
  c.facts ??= whenAndWhere(c, type);
  return c.facts;
}

/**
 * `وتأتي الزيارة في إطار … القمة … التي استضافتها الرياض في نوفمبر الماضي`: a clause that states a
 * time apart from an event's (not within its day, month or year) takes no one from that event.
 */
function otherTime(c: Clause, type: EventType, e: ExtractedEvent | undefined): boolean {
  return apartInTime(statedDate(factsOf(c, type).date), e?.date ?? null);
}

/** The day, month or year a clause itself states; null when it states none (publication day). */
function statedDate(d: DateFact | null | undefined): string | null {
  return d && !d.byPublication ? d.date : null;
}

function typeOf(c: Clause): EventType {
  const { ctx, t, from, to, info } = c;
  if (t.type !== "Meeting") return t.type;
  if (ctx.tokens.slice(from, to + 1).some((k) => isPhoneWord(k.norm))) return "PhoneCall";
  // `أجرى … محادثة هاتفية … . وعقب المحادثة، …`: the conversation referred back to is that call.
  if (t.anaphoric && CONVERSATION.test(ctx.tokens[t.at]!.norm) && c.state.recent[0]?.type === "PhoneCall")
    return "PhoneCall";
  return t.verb && info.phone ? "PhoneCall" : "Meeting";
}

/** `المحادثة`, `المحادثات`, `الحديث`: a talk noun that a call, as well as a meeting, is. */
const CONVERSATION = /^(و|ف|ب|ل)?(ال)?(محادثه|محادثات|محادثتهما|حديث)$/;

const PRESENCE = new RegExp(`^(و|ثم )?(${alternation(PARTICIPANTS.presenceWords)})`);
const JOINING = new RegExp(`(^|\\s)(و)?(${alternation(PARTICIPANTS.joiningVerbs)})(?=$|\\s)`);
const GATHERED = new RegExp(`^(و|ف|بعدما )?(${alternation(PARTICIPANTS.gatheredVerbs)})$`);
const BROUGHT_TOGETHER = new RegExp(`(^|\\s)(${alternation(PARTICIPANTS.broughtTogether)})(?=$|\\s)`);

/**
 * `وحضر المقابلات …`, `انضم إليه لاحقاً …`: people joining what was already told. After a fresh verb
 * (`استقبل … بحضور …`) the attendees belong to the new event instead.
 */
function joinsEarlier(c: Clause): boolean {
  // `حضرة صاحب الجلالة` is a style, not `حضره` (attended it): the written `ة` tells them apart.
  const style = (k: Token) => c.ctx.text[k.end - 1] === "ة";
  const word = c.ctx.tokens.slice(c.from, c.to + 1).find((k) => PRESENCE.test(k.norm) && !style(k));
  if (!word) return false;
  // `استقبل … بحضور …`, `أجرى أمس محادثات مع توكاييف …، حضرها …`: after a fresh trigger they
  // attend its event; `ثم انضم إليه لاحقا` joins what was told.
  return c.t.anaphoric || word.index < c.t.at || !/^(و)?(بحضور|حضرها|حضره)$/.test(word.norm);
}

/** The events the last sentence told (`كلا على حدة` makes several), for a plural noun to widen. */
function toldTogether(state: EventState) {
  const start = state.recent[0]!.evidence[0]?.start;
  return state.recent.filter((e) => e.evidence.some((x) => x.start === start));
}

/** More of an event already told: its evidence and topics, and the day it states, if it was undated. */
function foldInto(c: Clause, e: ExtractedEvent) {
  const { ctx, state, info } = c;
  mergeInto(e, { evidence: [spanOf(ctx, info.s)], topics: info.topics, place: null });
  const stated = findDate(info.s.text, ctx.meta.published);
  if (stated?.precision === "day") state.redate(e, stated);
}

/** Folds the clause into an event already told; returns the people still to place, or null when done. */
function refer(c: Clause, type: EventType, persons: string[]): string[] | null {
  const { ctx, state, info, t } = c;
  if (persons.length > 0 && joinsEarlier(c) && state.recent[0]) {
    const evidence = spanOf(ctx, info.s);
    if (PLURAL_GATHERINGS.has(ctx.tokens[t.at]!.norm)) {
      for (const e of toldTogether(state)) state.widen(e, persons, evidence);
      return null;
    }
    // `حضر الاستقبال والمباحثات …`: the gathering the noun names, not whatever was told last; with no
    // time of its own, the day's gathering rather than one recalled in between.
    const recalled = statedDate(factsOf(c, type).date) === null ? false : undefined;
    const gathering = t.anaphoric ? state.referent(type, [], false, recalled) : undefined;
    state.widen(gathering ?? state.recent[0], persons, evidence);
    return null;
  }
  // `كما بحث الطرفان …` after a call: more of the same talks, not a new event.
  const sides = persons.length === 0 ? dualReferent(ctx, state, c.from, c.to) : undefined;
  // `استكمالاً للمباحثات التي أجراها الرئيسان في باريس في يونيو الماضي`: the same two at a time of
  // their own is an earlier encounter, not more of the one just told.
  // (Not when their day was only the publication's: then the clause's day is theirs, `أمس السبت`.)
  const ownDay = sides && !state.byPublication.has(sides);
  if (sides && ownDay && t.anaphoric && otherTime(c, type, sides))
    return sides.participants.filter(isPersonId);
  if (sides && (t.verb || family(sides.type) === family(type))) {
    foldInto(c, sides);
    return null;
  }
  if (!t.anaphoric) return persons;
  // `وشارك في الاجتماع …`: people joining the gathering already told.
  const joining = JOINING.test(wordsOf(c));
  const joined = joining && persons.length > 0 ? state.referent(type, []) : undefined;
  if (joined) {
    state.widen(joined, persons, spanOf(ctx, info.s));
    return null;
  }
  // `ترأس X أعمال الدورة … . وشارك في القمة Y وZ`: those joining a gathering told without its name join
  // the one who opened it.
  if (
    joining &&
    state.prevSubject &&
    !persons.includes(state.prevSubject) &&
    !otherTime(c, type, state.recent[0])
  )
    return [state.prevSubject, ...persons];
  const target =
    state.referent(type, persons) ?? (persons.length >= 2 ? state.referent(type, persons, true) : undefined);
  const here = state.recent[0];
  // `… اتصالاً هاتفياً …، حيث تم التباحث حول …`: the talks are the call this sentence just told.
  const sameSentence = persons.length === 0 && here?.evidence.some((e) => e.start === info.s.start);
  const into = target ?? (sameSentence ? here : undefined);
  if (into) {
    foldInto(c, into);
    state.touch(into);
    return null;
  }
  // `المباحثات بين الرئيسين` after a press conference: the talks of the same people (the two a dual
  // points at, not whatever was told last).
  const same = dualReferent(ctx, state, c.from, c.to) ?? here;
  if (otherTime(c, type, same)) return persons;
  if (persons.length < 2 && same) return [...new Set([...persons, ...same.participants])];
  // `وشارك في القمة …` about a gathering the previous sentence introduced without naming it; a clause
  // that names both sides itself (`اللقاء الذي جمع الأسد وبوتين`) is about those two alone.
  if (
    persons.length < 2 &&
    state.prevSubject &&
    !persons.includes(state.prevSubject) &&
    !otherTime(c, type, here)
  )
    return [state.prevSubject, ...persons];
  return persons;
}

const isPersonId = (id: string) => id.startsWith("person:");

const HONORIFIC_PRONOUNS = new RegExp(`^(و)?(${alternation(NAMES.honorificPronouns)})$`);

/**
 * `وكان سيادته قد استقبل سانشيز وX`: the honorific pronoun is the one just spoken of, or rather the
 * last person styled with that honorific (`معاليه` ← `معالي يوسف بن علوي`).
 */
function withPronounSubject(c: Clause, persons: string[]): string[] {
  const { ctx, t, state } = c;
  const near = ctx.tokens.slice(Math.max(c.from, t.at - 4), Math.min(c.to, t.at + 2) + 1);
  const pronoun = near.find((k) => HONORIFIC_PRONOUNS.test(k.norm));
  if (!pronoun || persons.length < 1) return persons;
  const subject = styledBefore(ctx, pronoun) ?? state.prevSubject;
  return subject && !persons.includes(subject) ? [subject, ...persons] : persons;
}

function styledBefore(ctx: ArticleContext, pronoun: Token): string | null {
  // `جلالته` → `جلاله`, `سموه` → `سمو`, `معاليه` → `معالي`.
  const bare = pronoun.norm.replace(/^و/, "");
  const style = bare.endsWith("ته") ? `${bare.slice(0, -2)}ه` : bare.slice(0, -1);
  const people = ctx.mentions.filter((m) => m.type === "Person");
  const styled = people.filter((m) => m.first < pronoun.index && styledAs(ctx, people, m, style));
  return styled[styled.length - 1]?.entityId ?? null;
}

/**
 * `صاحب السمو الشيخ محمد بن زايد`, `سمو ولي العهد الشيخ صباح`: the style stands a few title words
 * before the name, with only title words between (not `سمو أمير البلاد اليوم معالي …`).
 */
const STYLE_TITLE_WORDS = NAMES.styleTitleWords;

function styledAs(ctx: ArticleContext, people: Mention[], m: Mention, style: string): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 5); k--) {
    const norm = ctx.tokens[k]!.norm;
    const word = norm.replace(/^و/, "").replace(/^ال/, "");
    if (word === style) return true;
    if (!STYLE_TITLE_WORDS.has(norm) && !TITLE_HEADS.has(norm)) return false;
    if (people.some((p) => p !== m && p.entityId !== m.entityId && p.first <= k && k <= p.last)) return false;
  }
  return false;
}

/**
 * `وأقيم للحريري استقبال رسمي …، حيث كان على رأس مستقبليه X`: the pronoun of a welcome is the guest,
 * the last person told before it in the sentence, or the one the last sentence was about.
 */
function withGuest(c: Clause, persons: string[]): string[] {
  const { ctx, t, info, state } = c;
  if (!t.welcome || !t.possessive) return persons;
  const before = personsIn(mentionsIn(ctx, info.a, t.at - 1), ctx);
  const guest = before[before.length - 1] ?? state.prevSubject;
  return guest && !persons.includes(guest) ? [guest, ...persons] : persons;
}

/**
 * `بحث الرئيس X العلاقات …، خلال لقائه اليوم برئيس مجموعة … Y`: a talk noun with a pronoun, in a later
 * clause that names no one before it, is the sentence subject's.
 */
function withOwner(c: Clause, persons: string[]): string[] {
  const { ctx, t, info } = c;
  if (!t.possessive || t.welcome || c.from <= info.a || !/(ه|ها)$/.test(ctx.tokens[t.at]!.norm))
    return persons;
  // `خلال لقائه`, `أثناء استقباله`: the time of the subject's own meeting, not `في أجواء محادثاته`.
  if (!/^(و)?(خلال|اثناء|لدي|عقب|في)$/.test(ctx.tokens[t.at - 1]?.norm ?? "")) return persons;
  if (mentionsIn(ctx, c.from, t.at - 1).some((m) => m.type === "Person")) return persons;
  const owner = personsIn(mentionsIn(ctx, info.a, c.from - 1), ctx)[0];
  return owner && !persons.includes(owner) ? [owner, ...persons] : persons;
}

const BANQUET = new RegExp(`^(و|ف|ب)?(${alternation(TRIGGERS.banquets)})$`);
const honoured = (norm: string) => cliticForms(norm).some((f) => TRIGGERS.honouredGroups.has(f.form));

/**
 * `وأقام الملك مأدبة غداء تكريماً للقادة المشاركين`: a banquet given in honour of a group already
 * told (the leaders, the guests) has the people of the gathering just reported as its guests.
 */
function withHonoured(c: Clause, persons: string[]): string[] {
  const { ctx, t, state } = c;
  const last = state.recent[0];
  if (!last || last.planned || !BANQUET.test(ctx.tokens[t.at]!.norm)) return persons;
  for (let k = t.at + 1; k < Math.min(c.to, t.at + 5); k++) {
    if (!TRIGGERS.honourWords.has(ctx.tokens[k]!.norm.replace(/^(و|ب|علي)/, ""))) continue;
    const group = ctx.tokens[k + 1];
    if (group && honoured(group.norm)) return [...new Set([...persons, ...last.participants])];
    return persons;
  }
  return persons;
}

const COUNTS = [...PARTICIPANTS.groupCounts].map((w) => w.replace(/ه$/, ""));
const countOf = (word: string | undefined) => {
  const i = COUNTS.indexOf((word ?? "").replace(/ه$/, ""));
  return i < 0 ? 0 : i + 3;
};

const DUAL_VERBS = new Set([...PARTICIPANTS.dualSides].filter((w) => !w.startsWith("ال")));

/**
 * How many a counted group before the trigger names (`الوزراء الثلاثة` 3, `الوزيران` 2), or 0. Not a
 * group that names its people itself (`الرئيسان X وY`, `الرئيسين الروسي والكازاخستاني`), nor one with
 * a verb of its own before the trigger (`الوزيرين بحثا نتائج لقاء …`: that meeting is someone else's).
 */
function groupBefore(c: Clause): number {
  const { tokens, mentions } = c.ctx;
  for (let k = c.from; k < c.t.at; k++) {
    const word = tokens[k]!.norm.replace(/^و/, "");
    if (!PARTICIPANTS.countedGroups.has(word)) continue;
    const named = mentions.some((m) => m.type === "Person" && m.first >= k && m.first <= k + 2);
    const ownVerb = tokens.slice(k + 1, c.t.at).some((x) => DUAL_VERBS.has(x.norm.replace(/^(و|ف)/, "")));
    if (named || ownVerb) return 0;
    return /(ان|ين)$/.test(word) ? 2 : countOf(tokens[k + 1]?.norm);
  }
  return 0;
}

/** `ندوة صحفية مشتركة للوزراء الثلاثة`: the gathering is said to be of a counted group (three or more). */
function groupAfter(c: Clause): number {
  const { tokens } = c.ctx;
  for (let k = c.t.at + 1; k <= Math.min(c.to, c.t.at + 4); k++) {
    const of = formsOf(tokens[k]!).some((f) => f.cut > 0 && PARTICIPANTS.countedGroups.has(f.form));
    if (of) return countOf(tokens[k + 1]?.norm);
  }
  return 0;
}

/**
 * `وكان الوزراء الثلاثة قد أجروا أمس محادثات مع نظيرهم لافروف`: a counted group as the subject is the
 * guests of the last gathering that had that many (or failing that, its people), when the clause
 * itself names someone else; so is the group a gathering is said to be of.
 */
function withGroup(c: Clause, persons: string[]): string[] {
  const n = (persons.length > 0 ? groupBefore(c) : 0) || groupAfter(c);
  if (n === 0) return persons;
  const people = (e: ExtractedEvent) => e.participants.filter((id) => id.startsWith("person:"));
  const guests = (e: ExtractedEvent) => people(e).filter((id) => e.roles?.[id] === "guest");
  const told = c.state.recent.filter((e) => !e.planned);
  const group = told.map(guests).find((g) => g.length === n) ?? told.map(people).find((g) => g.length === n);
  return group ? [...new Set([...group, ...persons])] : persons;
}

const SELF = CUES.speakerComplementizers;

/**
 * `أعلن أردوغان أنه سيلتقي بوتين`: a complementizer whose pronoun is the speaker, right before the
 * trigger, keeps the speaker in the event.
 */
function speakerKept(ctx: ArticleContext, from: number, lo: number, at: number): number {
  const self = ctx.tokens[lo - 1];
  if (lo <= from || !self || !SELF.has(self.norm) || at - lo > 2) return lo;
  const speaker = ctx.mentions.findLast((m) => m.type === "Person" && m.last < lo - 1 && m.first >= from);
  return speaker ? speaker.first : lo;
}

/** `المكالمة الهاتفية التي جمعت`: where "which brought together" follows the trigger, or -1. */
function gatheredAfter(ctx: ArticleContext, at: number, to: number): number {
  for (let k = at + 1; k <= Math.min(to, at + 4); k++) {
    const rel = /^(التي|الذي)$/.test(ctx.tokens[k - 1]!.norm);
    if (rel && GATHERED.test(ctx.tokens[k]!.norm)) return k;
  }
  return -1;
}

/** `الرئيسان`, `الوزيرين`: the nouns among the duals that name two sides. */
const DUAL_NOUNS = new Set([...PARTICIPANTS.dualSides].filter((w) => w.startsWith("ال")));

/**
 * `وأشار فيدان إلى التفاهمات التي توصل إليها الرئيسان X وY خلال لقائهما`: "their meeting" is the
 * meeting of the two a dual just named, not of whoever speaks of it. Returns where its people start.
 */
function dualOwners(ctx: ArticleContext, lo: number, at: number): number {
  if (!/هما$/.test(ctx.tokens[at]!.norm)) return lo;
  for (let k = at - 1; k > lo; k--) if (DUAL_NOUNS.has(ctx.tokens[k]!.norm.replace(/^و/, ""))) return k;
  return lo;
}

/** The people a clause names as taking part, before any carrying over. */
function namedPeople(c: Clause, type: EventType): string[] {
  const { ctx, t, from, to } = c;
  const [lo1, hi] = speechBounds(ctx, from, t.at, to);
  const lo0 = speakerKept(ctx, from, lo1, t.at);
  // `وبعدما جمع لقاء ثلاثي X و Y`, `عقب المكالمة التي جمعت X بـ Y`: the gathering's people follow
  // "brought together", whoever the sentence was about before it.
  const gathered = GATHERED.test(ctx.tokens[t.at - 1]?.norm ?? "");
  const joinedAt = gatheredAfter(ctx, t.at, to);
  const lo = gathered ? t.at + 1 : joinedAt >= 0 ? joinedAt + 1 : dualOwners(ctx, lo0, t.at);
  // `الاتفاق بين روسيا وإيران`, `الاتفاق الروسي التركي`: the parties are states, whoever speaks.
  const statesAfter = (k: number) => mentionsIn(ctx, k, k).some((m) => m.type === "Country");
  const betweenStates =
    type === "Agreement" &&
    (statesAfter(t.at + 1) || (ctx.tokens[t.at + 1]?.norm === "بين" && statesAfter(t.at + 2)));
  if (betweenStates) return [];
  const end = Math.min(hi, speechAfter(ctx, t.at, hi), otherGathering(ctx, t.at, hi));
  return personsIn(mentionsIn(ctx, lo, end), ctx);
}

/**
 * `قال لافروف عقب مباحثاته مع ماس: … إن بيدرسون سيزورنا`: a colon after the trigger opens what was
 * said, whose people are not the trigger's. Returns the last token before it.
 */
function speechAfter(ctx: ArticleContext, at: number, hi: number): number {
  const { tokens, text } = ctx;
  for (let k = at + 1; k <= hi; k++)
    if (/:/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return k - 1;
  return hi;
}

/** A gathering that is not the trigger's (`قبيل انطلاق مؤتمر باريس … بمشاركة حفتر`); normalised forms. */
const GATHERING = TRIGGERS.otherGatherings;
const TIME_OF = TRIGGERS.timeOfWords;
const bare = (norm: string) => norm.replace(/^(و|ب|ل)/, "");

/** The last token before the people of a second gathering the clause times its event by. */
function otherGathering(ctx: ArticleContext, at: number, hi: number): number {
  const { tokens } = ctx;
  for (let k = at + 2; k <= hi; k++) {
    const tour = TRIGGERS.otherTours.has(bare(tokens[k]!.norm));
    if (!GATHERING.has(bare(tokens[k]!.norm)) && !tour) continue;
    if (![k - 1, k - 2].some((x) => x > at && TIME_OF.has(bare(tokens[x]!.norm)))) continue;
    // `عقب الجولة … التي قام بها X`: the one who made the tour is its own.
    const madeBy = tour
      ? tokens.slice(k + 1, Math.min(hi, k + 6) + 1).find((x) => /^(قام|يقوم|قامت|تقوم)$/.test(x.norm))
      : undefined;
    if (madeBy) return madeBy.index;
    // Only those it says take part in it (`بمشاركة`, `بحضور`) are the gathering's own.
    const marker = tokens
      .slice(k + 1, Math.min(hi, k + 8) + 1)
      .find((x) => TRIGGERS.participationMarkers.has(x.norm));
    if (marker) return marker.index - 1;
  }
  return hi;
}

// `من جهة أخرى، من المتوقع أن …`: a connective phrase and a comma may stand before the opening.
const PLANNED_OPENING = new RegExp(`^([^،,.]{0,20}[،,]\\s*)?(و)?(${alternation(CUES.plannedOpenings)})`);

/**
 * `مكالماتهما الهاتفية`, `لقاءاتهما`: their calls or meetings, in the plural, are the ones they have
 * had before, not an event of the day.
 */
const RECURRING = /^(و|ف|ب|ل)?(مكالمات|اتصالات|لقاءات|اجتماعات)(هما|هم)$/;
const recurring = (ctx: ArticleContext, t: Trigger) =>
  ctx.tokens.slice(t.at, t.at + 10).some((k) => RECURRING.test(k.norm));

/** `…، حيث يلتقي …`: the trigger stands in a clause that says where the one before it went. */
function whereClause(ctx: ArticleContext, lo: number, at: number): boolean {
  return ctx.tokens.slice(lo, at).some((k) => /^(و)?حيث$/.test(k.norm));
}

/**
 * `ويتوجه عبد العاطي بعد غد إلى بروكسل، حيث يلتقي …`: a meeting where the traveller is going takes
 * the day the journey is told for, when its own clause names none.
 */
function travelDate(ctx: ArticleContext, info: SentenceInfo, lo: number): DateFact | null {
  if (lo <= info.a) return null;
  const fact = findDateInSentence(
    info.s.text,
    ctx.meta.published,
    0,
    ctx.tokens[lo]!.start - info.s.start,
    0,
  );
  return fact && !fact.byPublication ? fact : null;
}

function whenAndWhere(c: Clause, type: EventType) {
  const { ctx, info, t, from, to } = c;
  const published = ctx.meta.published;
  // The trigger's own clause: another clause's date or planning words are another event's.
  const [lo, hi] = subclause(ctx, info.a, t.at, info.b);
  const [dateFrom, dateTo] = [Math.max(from, lo), Math.min(to, hi)];
  const clause = slice(ctx, dateFrom, dateTo);
  // `ومن المقرر أن يعقد الأمير … جلسة مباحثات`: the planning words may stand well before the noun.
  const window = normWithoutNames(ctx, Math.max(info.a, lo, t.at - 10), t.at);
  const windowAfter =
    t.at < Math.min(info.b, hi) ? normWithoutNames(ctx, t.at + 1, Math.min(info.b, hi, t.at + 4)) : "";
  let background =
    isBackground(normSlice(ctx, Math.max(info.a, lo, t.at - 6), Math.min(hi, t.at + 6))) ||
    recurring(ctx, t) ||
    isFollowed(ctx.tokens[t.at - 1]?.norm ?? "") ||
    recalledBySpeaker(ctx, t);
  // The clause and the trigger as offsets within the sentence, whose date expressions are read once.
  const base = info.s.start;
  const span = { from: ctx.tokens[dateFrom]!.start - base, to: ctx.tokens[dateTo]!.end - base };
  const at = ctx.tokens[t.at]!.start - base;
  const ahead = toldAhead(ctx, t, lo);
  const own0 = background
    ? (findDateInSentence(info.s.text, published, span.from, span.to, at) ?? lastMonthOf(clause, published))
    : dateOf(ctx, info.s.text, span, at, true, ahead, c.state.sceneDate);
  const own = own0 ?? (background ? dayOfToldGathering(ctx, c.state, t.at) : null);
  // A day taken from the publication or the sentence before is weaker than the journey's own.
  const borrowed = !own || own.byPublication || own.fromScene;
  const date0 = whereClause(ctx, lo, t.at) && borrowed ? (travelDate(ctx, info, lo) ?? own) : own;
  const after = normSlice(ctx, t.at, Math.min(dateTo, t.at + 10));
  // `ومن المنتظر أن تحل … لزيارة … وإجراء محادثات`: an opening planning phrase governs the sentence.
  const opening = from === info.a && PLANNED_OPENING.test(normSlice(ctx, info.a, info.a + 5));
  const planned =
    opening ||
    isPlanned(window) ||
    isPlannedAfter(windowAfter) ||
    hasComingTime(after) ||
    comesLater(ctx, t, lo, after) ||
    Boolean(date0?.future);
  if (date0 && !planned && olderThanNews(date0.date, published)) background = true;
  // A planned event's day is not the announcement's `اليوم`; a month (`الأسبوع المقبل`) may stand.
  const monthOnly = date0?.precision === "month" ? date0 : null;
  const date = planned && !date0?.future ? (findDate(clause, published) ?? monthOnly) : date0;
  // `التقى على هامشها …`: on the sidelines of the gathering just told, so where it was held.
  const sidelines = ctx.tokens.slice(t.at + 1, t.at + 4).some((k) => TRIGGERS.sidelinesPronouns.has(k.norm));
  const host = sidelines ? (c.state.recent[0]?.place ?? null) : null;
  // A call joins two places; `في فيينا` in its sentence is where something else happened.
  const place =
    type === "PhoneCall"
      ? null
      : (host ??
        placeOf(ctx.text, mentionsIn(ctx, from, to), ctx.tokens[t.at]!.start) ??
        (background ? null : defaultPlace(ctx, info, info.triggers === 1)));
  return { clause, background, planned, date, place };
}

/** `لافتا إلى العلاقات …، مشيرا إلى اللقاء الذي جمعهما في الصين`: a meeting a speaker recalls. */
function recalledBySpeaker(ctx: ArticleContext, t: Trigger): boolean {
  if (!t.anaphoric || ctx.tokens[t.at - 1]?.norm !== "الي") return false;
  return CUES.sayingParticiples.has((ctx.tokens[t.at - 2]?.norm ?? "").replace(/^و/, ""));
}

const SAME_DAY = new RegExp(
  String.raw`(^|\s)(و|ف)?(${alternation(TRIGGERS.sameDayTimers)}) ((انعقاد|انطلاق|بدء|افتتاح) )?(${alternation(TRIGGERS.toldGatherings)})(\s|$)`,
);

/**
 * `وكان أردوغان قد التقى كلا منهما قبيل الاجتماع الثلاثي`: a recalled encounter timed only by the
 * gathering just told took place on that gathering's day.
 */
function dayOfToldGathering(ctx: ArticleContext, state: EventState, at: number): DateFact | null {
  if (!SAME_DAY.test(normSlice(ctx, at - 8, at + 14))) return null;
  const told = state.recent.find((e) => !e.planned && e.date && e.datePrecision === "day");
  if (!told?.date) return null;
  return { date: told.date, precision: "day", future: false, past: told.date < (ctx.meta.published ?? "") };
}

const EARLIER = CUES.earlierAdjectives;

/** `وكانت القمة السابقة قد عقدت …`: a gathering an earlier-time adjective qualifies is another, earlier one. */
const earlierOne = (ctx: ArticleContext, t: Trigger) =>
  t.anaphoric && EARLIER.has(ctx.tokens[t.at + 1]?.norm ?? "");

export function clauseEvent(
  ctx: ArticleContext,
  state: EventState,
  info: SentenceInfo,
  told: Trigger,
  from: number,
  to: number,
  /** People another sentence names for this clause's gathering (events/delegations.ts). */
  sides: string[] = [],
) {
  const t = earlierOne(ctx, told) ? trigger({ ...told, anaphoric: false, earlier: true }) : told;
  if (notAnEvent(ctx, t)) return;
  if (isNegated(normSlice(ctx, Math.max(info.a, from, t.at - 12), t.at))) return;
  const c: Clause = { ctx, state, info, t, from, to };
  const type = typeOf(c);
  let persons = refer(c, type, [...new Set([...namedPeople(c, type), ...sides])]);
  if (persons === null) return;
  // `القمة الثلاثية التي جمعتهما مع …`: "brought the two together" adds the one just spoken of.
  if (state.prevSubject && BROUGHT_TOGETHER.test(wordsOf(c))) {
    persons = [...new Set([state.prevSubject, ...persons])];
  }
  persons = withPronounSubject(c, persons);
  persons = withGuest(c, persons);
  persons = withOwner(c, persons);
  persons = withHonoured(c, persons);
  persons = withGroup(c, persons);
  const facts = factsOf(c, type);
  const clause = mentionsIn(ctx, from, to);
  for (const group of participantGroups(
    ctx,
    state,
    trigger({ ...t, type }),
    persons,
    clause,
    [from, to],
    statedDate(facts.date),
  )) {
    // States agreeing (`جرى الاتفاق بين روسيا وإيران وتركيا`) are recalled, not the day's news:
    // they keep only a date the clause itself states, and no place.
    const states = type === "Agreement" && group.every((id) => id.startsWith("country:"));
    const date = states ? findDate(facts.clause, ctx.meta.published) : facts.date;
    const reading = { t, date, planned: facts.planned, background: facts.background, named: persons, group };
    // Named fields rather than a spread of cuesOf's answer: a spread into a literal is a slow path.
    const { cues, participantConfidence } = cuesOf(ctx, reading);
    state.add({
      cues,
      participantConfidence,
      type,
      participants: group,
      roles: rolesOf(type, group, ctx.tokens, from, t.at),
      date: date?.date ?? null,
      precision: date?.precision ?? null,
      byPublication: date?.byPublication,
      place: states ? null : facts.place,
      planned: facts.planned,
      background: facts.background,
      topics: info.topics,
      evidence: spanOf(ctx, info.s),
    });
  }
}
