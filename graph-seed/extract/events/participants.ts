/**
 * A clause's participants, as groups (one per event): the people it names, the subject carried over
 * when it names only one, states when it names no one (`قمة … روسيا وإيران وتركيا`), and one group
 * per call when one subject calls several people.
 */
import type { ArticleContext } from "../analyse.ts";
import { alternation, NAMES, PARTICIPANTS, TRIGGERS } from "../lexicon/index.ts";
import type { Mention } from "../mentions/mentions.ts";
import { officeOn } from "../people/roles.ts";
import { cliticForms } from "../text/tokens.ts";
import { mentionsIn } from "./people.ts";
import { apartInTime, type EventState, family } from "./state.ts";
import type { Trigger } from "./triggers.ts";

const ABOUT_WORDS = PARTICIPANTS.aboutWords;

/** `وقع الوزيران`, `عقد الجانبان`, `يعقدا`: the two sides just told, named by a dual. */
const DUAL_SIDES = PARTICIPANTS.dualSides;

/** The latest event told as held with two people or more, when a dual in the clause points back to it. */
export function dualReferent(ctx: ArticleContext, state: EventState, from: number, to: number) {
  const dual = ctx.tokens
    .slice(from, to + 1)
    .some((k) => cliticForms(k.norm).some((f) => DUAL_SIDES.has(f.form)));
  if (!dual) return undefined;
  return state.recent.find((e) => !e.background && e.participants.filter(isPerson).length >= 2);
}

function dualSides(ctx: ArticleContext, state: EventState, from: number, to: number): string[] {
  return dualReferent(ctx, state, from, to)?.participants.filter(isPerson) ?? [];
}

const isPerson = (id: string) => id.startsWith("person:");

/** `في لقاءين منفصلين`, `كل على حدة`: one subject met each of the others on their own. */
const APART = PARTICIPANTS.apartWords;
/** `زار عمان ثم دمشق خلال يومين حيث التقى خلالهما …`, `خلال جولته`: one visitor, several stops. */
const TOUR = PARTICIPANTS.tourWords;
function apart(ctx: ArticleContext, from: number, at: number, to: number): boolean {
  return (
    // `تسلم الرئيس أوراق اعتماد كل من السفير X والسفير Y`: each presents his own.
    TRIGGERS.credentials.has(ctx.tokens[at]!.norm) ||
    ctx.tokens.slice(at, to + 1).some((k) => APART.has(k.norm)) ||
    ctx.tokens.slice(from, at + 2).some((k) => TOUR.has(k.norm)) ||
    oneAfterAnother(ctx, at, to)
  );
}

/** `استقبل X …، وقبل ذلك كلا من Y وZ`, `… ثم Y`: guests received one after another. */
function oneAfterAnother(ctx: ArticleContext, at: number, to: number): boolean {
  const { tokens } = ctx;
  for (let k = at + 1; k <= to; k++) {
    const word = tokens[k]!.norm;
    if (/^(و)?ثم$/.test(word)) return true;
    if (/^(و)?(قبل|بعد)$/.test(word) && tokens[k + 1]?.norm === "ذلك") return true;
  }
  return false;
}

/** Someone carried over comes from an event of the time the clause states, if it states one. */
function carried(state: EventState, t: Trigger, person: string, when: string | null): string[] {
  const withHim = (sameFamily: boolean) =>
    state.recent.find(
      (e) =>
        !apartInTime(when, e.date) &&
        (!sameFamily || family(e.type) === family(t.type)) &&
        e.participants.includes(person),
    );
  const here = state.sentenceSubject;
  if (here && here !== person) return [here, person];
  const last = withHim(true) ?? withHim(false);
  // `… الرئيس التركي قبل أن يرد عليه نظيره التونسي. وخلال مؤتمر صحافي مشترك، نبّه أردوغان …`: the
  // other one the last sentence spoke of.
  const other = state.prevSubject === person ? state.prevPersons.find((p) => p !== person) : undefined;
  // The unstated subject of `كما تلقى اتصالا … الشهر الماضي` is the last sentence's, whenever it acted;
  // a gathering referred to (`القمة … في نوفمبر الماضي`) or an earlier one (`الاجتماع السابق`) takes
  // people only from its own time.
  const sameTime = !(t.anaphoric || t.earlier) || !apartInTime(when, state.recent[0]?.date ?? null);
  const prevOne =
    state.prevSubject && state.prevSubject !== person ? [state.prevSubject] : other ? [other] : [];
  const prev = sameTime ? prevOne : [];
  return [...new Set([person, ...(last ? last.participants : prev)])];
}

/**
 * `ووصل بن فرحان إلى دمشق، والتقى نظيره السوري فيصل المقداد`: a counterpart holds the same office as
 * the one whose counterpart he is. When the clause says `نظيره` and the one carried over held
 * another office that day (a president for a foreign minister), the carrying is wrong: keep the
 * named one alone.
 */
function counterpartsAgree(ctx: ArticleContext, from: number, to: number, ps: string[]): string[] {
  if (ps.length !== 2) return ps;
  const counterpart = ctx.tokens
    .slice(from, to + 1)
    .some((k) => cliticForms(k.norm).some((f) => NAMES.counterparts.has(f.form)));
  if (!counterpart) return ps;
  const date = ctx.meta.published;
  const [a, b] = ps.map((p) => officeOn(p, date)?.office);
  return a && b && a !== b ? ps.slice(0, 1) : ps;
}

/**
 * `استقبله`, `لقائه`, `معه`, `الجانبان`, `اللقاء`: the clause points back at someone already told, so
 * a second participant may be carried over. A clause that names one person and no such word (`التقى X
 * مع رجال الأعمال`) met no one the article names.
 */
const POINTER = new RegExp(`^(و|ف)?(${alternation(PARTICIPANTS.pointerWords)})$`);
function refersBack(ctx: ArticleContext, t: Trigger, from: number, to: number): boolean {
  // A signing has two sides, and so has a joint press conference (`مؤتمر صحفي مشترك`). A later
  // clause's one person is not joined to the sentence's first (tried: its subject is as often named
  // again, `… قد التقى الصفدي`, as left out).
  // A signing `مع` an unnamed side (`مع الصندوق السعودي للتنمية`) has that side, not someone carried over.
  const withUnnamed = ctx.tokens.slice(t.at + 1, to + 1).some((k) => k.norm === "مع");
  if (t.anaphoric || (t.type === "Agreement" && !withUnnamed) || joint(ctx, t)) return true;
  // `وتسلم الرسالة X خلال استقباله سفير …`: the pronoun is the clause's own subject, named before it.
  if (t.possessive && !mentionsIn(ctx, from, t.at - 1).some((m) => m.type === "Person")) return true;
  return ctx.tokens.slice(from, to + 1).some((k) => POINTER.test(k.norm) || DUAL_SIDES.has(k.norm));
}

/** `المسؤول الصيني`, `الضيف الروسي`: after the trigger, an official named by a noun and a nationality. */
function unnamedOther(ctx: ArticleContext, t: Trigger, clause: Mention[]): boolean {
  const inPerson = (k: number) => clause.some((m) => m.type === "Person" && m.first <= k && k <= m.last);
  return clause.some(
    (m) =>
      m.type === "Country" &&
      m.first > t.at + 1 &&
      m.first <= t.at + 3 &&
      UNNAMED_OFFICIALS.has(ctx.tokens[m.first - 1]!.norm) &&
      !inPerson(m.first - 1),
  );
}
const UNNAMED_OFFICIALS = PARTICIPANTS.unnamedOfficials;

const namedBefore = (clause: Mention[], t: Trigger) =>
  clause.some((m) => m.type === "Person" && m.last < t.at);

const joint = (ctx: ArticleContext, t: Trigger) =>
  ctx.tokens.slice(t.at + 1, t.at + 4).some((k) => /^(ال)?مشترك/.test(k.norm));

/** The states before `حول`/`بشأن`/`على` are an agreement's parties; those after are its subject. */
function states(ctx: ArticleContext, t: Trigger, clause: Mention[], to: number): string[] {
  const aboutAt =
    ctx.tokens.slice(t.at + 1, to + 1).find((k) => ABOUT_WORDS.has(k.norm))?.index ??
    Number.POSITIVE_INFINITY;
  const stop = clause.find((m) => m.type !== "Country" && m.first > t.at)?.first ?? Number.POSITIVE_INFINITY;
  const agreement = t.type === "Agreement";
  // `قمة … بين زعماء تركيا وروسيا وإيران، بشأن سوريا`: the states after `بشأن` are its subject.
  const parties = clause.filter(
    (m) => m.type === "Country" && m.first < aboutAt && (!agreement || (m.first > t.at && m.first < stop)),
  );
  return [...new Set(parties.map((m) => m.entityId))];
}

/** `وقعها عن الجانب الإماراتي X وعن الجانب الكولومبي سفير …`: a side no named person signed for is a party. */
function unnamedSides(ctx: ArticleContext, t: Trigger, clause: Mention[]): string[] {
  const sides = clause.filter(
    (m) => m.type === "Country" && m.first > t.at && ctx.tokens[m.first - 1]?.norm === "الجانب",
  );
  const signed = (m: Mention) =>
    clause.some((x) => x.type === "Person" && x.first > m.last && x.first <= m.last + 4);
  return sides.filter((m) => !signed(m)).map((m) => m.entityId);
}

const WITNESS = new RegExp(`^(و|ف)?(${alternation(PARTICIPANTS.witnessVerbs)})$`);

/** `وشهد سموه … توقيع اتفاقية وقعها …`: those who witnessed a signing are not its parties. */
function signers(ctx: ArticleContext, t: Trigger, persons: string[], clause: Mention[], from: number) {
  if (t.type !== "Agreement") return null;
  // `وقع الوزير عمار ونائب الوزير …، بحضور الرئيسين`: those the signing was done before are witnesses.
  const before = presentAt(ctx, t, clause);
  if (before !== null) return persons.filter((p) => !before.has(p));
  // `عقب ذلك، شهد سموه ودولته توقيع …`: the witnessing verb may follow an opening phrase.
  const witnessed = ctx.tokens.slice(from, t.at).some((k) => WITNESS.test(k.norm));
  if (!witnessed) return null;
  const after = new Set(clause.filter((m) => m.first > t.at).map((m) => m.entityId));
  return [...new Set([...persons.filter((p) => after.has(p)), ...unnamedSides(ctx, t, clause)])];
}

/**
 * The people a signing names only after `بحضور` following someone who signed, or null when the
 * clause has no such witnesses.
 */
function presentAt(ctx: ArticleContext, t: Trigger, clause: Mention[]): Set<string> | null {
  const at = clause.length
    ? ctx.tokens.slice(t.at + 1, clause.at(-1)!.last + 1).find((k) => /^(و)?بحضور$/.test(k.norm))
    : undefined;
  if (!at) return null;
  const people = clause.filter((m) => m.type === "Person");
  const signed = people.filter((m) => m.first > t.at && m.last < at.index).map((m) => m.entityId);
  if (signed.length === 0) return null;
  const seen = people.filter((m) => m.first > at.index).map((m) => m.entityId);
  return new Set(seen.filter((p) => !signed.includes(p)));
}

const CHAIR = PARTICIPANTS.chairVerbs;
function chaired(ctx: ArticleContext, at: number, from: number): boolean {
  return ctx.tokens
    .slice(Math.max(from, at - 16), at)
    .some((k) => cliticForms(k.norm).some((f) => CHAIR.has(f.form)));
}

/** `القمة … برئاسة X`: the chair named after the gathering. */
export const chairedBy = (ctx: ArticleContext, at: number, to: number) =>
  ctx.tokens.slice(at + 1, to + 1).some((k) => PARTICIPANTS.chairedBy.has(k.norm));

/** `اتصالين`, `مكالمتين`: two calls. */
const TWO_CALLS = /^(و|ب)?(اتصال|مكالمت)(ين|ان)$/;

/**
 * `كاشفا أنه أجرى اتصالين هاتفيين بماكرون وفون دير لاين`: two calls, one with each. When the
 * clause names no caller before the word, the two it names after were called, and never spoke to
 * each other.
 */
function callsWithoutCaller(ctx: ArticleContext, t: Trigger, persons: string[], clause: Mention[]): boolean {
  if (t.type !== "PhoneCall" || persons.length !== 2 || !TWO_CALLS.test(ctx.tokens[t.at]!.norm)) return false;
  const before = new Set(clause.filter((m) => m.last < t.at).map((m) => m.entityId));
  return !persons.some((p) => before.has(p));
}

const ATTEND = PARTICIPANTS.attendVerbs;
function attended(ctx: ArticleContext, at: number, from: number): boolean {
  return ctx.tokens
    .slice(Math.max(from, at - 10), at)
    .some((k) => cliticForms(k.norm).some((f) => ATTEND.has(f.form)));
}

export function participantGroups(
  ctx: ArticleContext,
  state: EventState,
  t: Trigger,
  persons: string[],
  clause: Mention[],
  span: [number, number],
  when: string | null = null,
): string[][] {
  const [from, to] = span;
  const signed = signers(ctx, t, persons, clause, from);
  if (signed) return signed.length >= 2 ? [signed] : [];
  // `ترأس السبسي اجتماع مجلس الأمن القومي`: a gathering its chair alone is named at, for `وحضر
  // الاجتماع …` to fill in; no one is carried over into it.
  if (persons.length === 1 && t.type === "Meeting" && chaired(ctx, t.at, from)) return [persons];
  // `شارك بوتين في القمة الروسية الأفريقية`: a summit is an event even with one participant named.
  if (persons.length === 1 && t.type === "Summit" && (attended(ctx, t.at, from) || chairedBy(ctx, t.at, to)))
    return [persons];
  // `أعلن رئيس الحكومة في ندوة صحفية …` is his alone; only a joint one (`مشترك`) is the talks' sides'.
  if (persons.length === 1 && t.type === "PressConference" && !joint(ctx, t)) return [persons];
  if (callsWithoutCaller(ctx, t, persons, clause)) return [];
  let ps = persons;
  // `حيث التقى على هامشها كلا من X وY`: the objects follow at once; the subject is the sentence's.
  const each = ctx.tokens.slice(t.at + 1, t.at + 5).some((k) => PARTICIPANTS.eachWords.has(k.norm));
  const subject = state.sentenceSubject;
  if (each && subject && ps.length >= 2 && !ps.includes(subject)) ps = [subject, ...ps];
  // `التقى X … Y وZ، كما التقى W وV`: a later verb's unnamed subject is the sentence's, who met each
  // of those it names; they did not meet one another.
  const subjectOnly = !each && subject && ps.length >= 2 && !ps.includes(subject) && !namedBefore(clause, t);
  if (subjectOnly) return ps.map((p) => [subject, p]);
  // `كان X في استقبال المسؤول الصيني`: the other side is someone the article does not name; no one
  // is carried over in his place.
  if (ps.length === 1 && unnamedOther(ctx, t, clause)) return [];
  if (ps.length === 1 && refersBack(ctx, t, from, to))
    ps = counterpartsAgree(ctx, from, to, carried(state, t, ps[0]!, when));
  else if (ps.length === 0) ps = dualSides(ctx, state, Math.max(0, Math.min(from, t.at - 3)), to);
  if (ps.length === 0 && (t.type === "Summit" || t.type === "Agreement")) {
    const countries = states(ctx, t, clause, to);
    if (countries.length >= 2) ps = countries;
  }
  if (ps.length < 2) return [];
  // Calls are two-sided, so `اتصالين هاتفيين مع X و Y` are two calls; a meeting `مع كل من X و Y`
  // reads as one gathering (measured on the dev set: splitting it lost true pairs).
  if ((t.type === "PhoneCall" || apart(ctx, from, t.at, to)) && persons.length >= 3)
    return ps.slice(1).map((p) => [ps[0]!, p]);
  return [ps];
}
