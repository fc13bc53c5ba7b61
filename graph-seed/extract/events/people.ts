/**
 * Who in a clause can take part in its event: not spokespeople, senders of messages, the represented,
 * the dead, nor the people of reported speech after `أن`; and which trigger words name no event at all.
 */
import { catalogPerson } from "../../catalog/index.ts";
import type { ArticleContext } from "../analyse.ts";
import { alternation, CUES, TRIGGERS } from "../lexicon/index.ts";
import type { Mention } from "../mentions/mentions.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { formsOf, type Token } from "../text/tokens.ts";
import { inMessagePhrase, principalOfTitle } from "./messagePhrases.ts";
import type { Trigger } from "./triggers.ts";

export function isSpokesperson(m: Mention): boolean {
  if (m.spokesperson || m.office?.office.en === "Spokesperson") return true;
  const p = catalogPerson(m.entityId);
  return Boolean(p && p.offices.length > 0 && p.offices.every((o) => o.office === "spokesperson"));
}

/** Mentions by their first token, built once per article: clauses ask for their mentions often. */
const BY_FIRST = new WeakMap<ArticleContext, Mention[][]>();
function byFirstToken(ctx: ArticleContext): Mention[][] {
  let index = BY_FIRST.get(ctx);
  if (!index) {
    index = Array.from({ length: ctx.tokens.length }, () => [] as Mention[]);
    for (const m of ctx.mentions) index[m.first]?.push(m);
    BY_FIRST.set(ctx, index);
  }
  return index;
}

/** The mentions lying wholly within tokens [from, to], in text order. */
export function mentionsIn(ctx: ArticleContext, from: number, to: number): Mention[] {
  const index = byFirstToken(ctx);
  const out: Mention[] = [];
  for (let k = Math.max(0, from); k <= Math.min(to, index.length - 1); k++)
    for (const m of index[k]!) if (m.last <= to) out.push(m);
  return out;
}

/** Each mention is asked about once per clause it stands in: remember the answer. */
const ABSENT = new WeakMap<Mention, boolean>();
function isAbsent(ctx: ArticleContext, m: Mention): boolean {
  let absent = ABSENT.get(m);
  if (absent === undefined) {
    absent = readAbsent(ctx, m);
    ABSENT.set(m, absent);
  }
  return absent;
}

const ENVOY_OF = new RegExp(
  String.raw`(${alternation(CUES.envoyNouns)})(${[...CUES.envoyQualifiers].map((w) => ` ${w}`).join("|")})?\s*(ل|لل)?((${alternation(CUES.envoySenders)})\s*(ال\S+ي\s*)?)?$`,
);
const PREDECESSOR = new RegExp(String.raw`(${alternation(CUES.predecessorWords)})\s*$`);
const REGIME = new RegExp(String.raw`(${alternation(CUES.regimeWords)})\s*(الرييس\s*)?$`);
const DEATH = new RegExp(String.raw`(${alternation(CUES.deathWords)})\s*$`);
const UNDER_LEADERSHIP = new RegExp(
  String.raw`(${alternation(CUES.leadershipPhrases)}) [^.،,؛]{0,80}([،,]\s*)?$`,
);
const VISIT_TO_COME = new RegExp(String.raw`(${alternation(CUES.visitToCome)}) (لل|ل)?(\S+ ){0,3}$`);

/** Named only as the sender of a message or the one represented (`رسالة من`, `نيابة عن`), or in apposition as a spokesperson. */
function readAbsent(ctx: ArticleContext, m: Mention): boolean {
  const before = normalizeArabic(ctx.text.slice(Math.max(0, m.start - 60), m.start));
  if (inMessagePhrase(ctx, m) || (principalOfTitle(before) && !stateRightBefore(ctx, m))) return true;
  // `سلّم … رسالة من بان كي مون إلى … السلطان قابوس`: a letter's addressee is not in the room.
  const raw = ctx.text.slice(Math.max(0, m.start - 140), m.start);
  const wide = raw.includes("رسال") ? normalizeArabic(raw) : "";
  if (/رساله (خطيه )?(من|موجهه من) [^.،,]{0,80}(الي|لـ) [^.،,]{0,50}$/.test(wide)) return true;
  // `المبعوث الشخصي لرئيس جمهورية موريتانيا`: the one who sent the envoy stays home.
  if (ENVOY_OF.test(before)) return true;
  // `استقالة سلفها عبد الله باتيلي`: a predecessor is recalled, not present.
  if (PREDECESSOR.test(before)) return true;
  // `وشهد التوقيع …`: witnesses of a signing are not its parties.
  if (/شهد (التوقيع|توقيع)[^.،,]{0,40}$/.test(before)) return true;
  // `منذ سقوط نظام الأسد`, `في عهد الرئيس …`: a regime or an era named after someone.
  if (REGIME.test(before)) return true;
  // `عزاه فيه بوفاة …`, `الراحل …`: the dead are recalled, not present.
  if (DEATH.test(before)) return true;
  // `تحت قيادة الملك محمد السادس والرئيس …`: the leaders relations grow under are not in the room.
  if (raw.includes("قياد") && UNDER_LEADERSHIP.test(normalizeArabic(raw))) return true;
  // `التحضيرات لزيارة مرتقبة للرئيس …`: the visitor of a visit still to come is not in today's talks.
  if (VISIT_TO_COME.test(before)) return true;
  return /^\s*[،,]\s*(المتحدث|الناطق)/.test(ctx.text.slice(m.end, m.end + 20));
}

/** `سفير لبنان ميلاد نمور`: the word in construct with the title is a state, so the name is the official's own. */
const stateRightBefore = (ctx: ArticleContext, m: Mention) =>
  mentionsIn(ctx, m.first - 3, m.first - 1).some(
    (x) => (x.type === "Country" || x.type === "Place") && x.last === m.first - 1,
  );

export function personsIn(mentions: Mention[], ctx?: ArticleContext): string[] {
  const ids: string[] = [];
  for (const m of mentions) {
    if (m.type !== "Person" || isSpokesperson(m) || (ctx && isAbsent(ctx, m))) continue;
    if (!ids.includes(m.entityId)) ids.push(m.entityId);
  }
  return ids;
}

const MEDIA = TRIGGERS.mediaNouns;
const INTERVIEW = TRIGGERS.interviewAdjectives;

/**
 * Trigger words that name no meeting here: part of a topic's name (`محادثات أستانا`, `مفاوضات جنيف`),
 * an interview (`لقاء تلفزيوني`, `في لقاء مع قناة …`).
 */
export function notAnEvent(ctx: ArticleContext, t: Trigger): boolean {
  const at = ctx.tokens[t.at]!;
  const near = mentionsIn(ctx, t.at - 8, t.at + 8);
  if (near.some((m) => m.type === "Topic" && m.start <= at.start && m.end >= at.end)) return true;
  if (venueOrTime(ctx, t.at)) return true;
  if (t.type !== "Meeting") return false;
  const next = ctx.tokens[t.at + 1]?.norm ?? "";
  if (INTERVIEW.has(next)) return true;
  const after = ctx.tokens[t.at + 2]?.norm ?? "";
  return (next === "مع" || next === "ل") && MEDIA.has(after.replace(/^ل/, ""));
}

/** `بمقر انعقاد قمة العشرين`, `موعد القمة`: a gathering named as a venue or a time, not told as held. */
const VENUE_OR_TIME = /^(مقر|مكان|قاعه|مبني|موعد|جدول|تاريخ)$/;
function venueOrTime(ctx: ArticleContext, at: number): boolean {
  const bare = (k: number) => (ctx.tokens[k]?.norm ?? "").replace(/^(و|ف)?(ب|ل)?/, "");
  const prev = bare(at - 1);
  return VENUE_OR_TIME.test(prev) || (prev === "انعقاد" && VENUE_OR_TIME.test(bare(at - 2)));
}

/** `أن`, `إن`, `بأن`: what follows is reported speech, whose people are not the event's. */
const TEMPORAL = CUES.temporalBeforeComplementizer;
const COMPLEMENTIZERS = CUES.complementizers;

const SAYING = CUES.sayingVerbs;

function isSaying(token: Token): boolean {
  return formsOf(token).some((f) => SAYING.has(f.form));
}

/** The part of a clause that can name participants: after the last `أن` before the trigger, up to the first after it. */
export function speechBounds(ctx: ArticleContext, from: number, at: number, to: number): [number, number] {
  // Only `أن` after a verb of saying opens reported speech; `بعد أن`, `من المقرر أن` do not.
  let saidAt = -1;
  for (let k = Math.max(0, from - 12); k < from; k++) if (isSaying(ctx.tokens[k]!)) saidAt = k;
  const says = (k: number) => {
    if (isSaying(ctx.tokens[k]!)) saidAt = k;
    return (
      saidAt >= 0 &&
      k - saidAt <= 12 &&
      COMPLEMENTIZERS.has(ctx.tokens[k]!.norm) &&
      !TEMPORAL.has(ctx.tokens[k - 1]?.norm ?? "")
    );
  };
  let lo = from;
  for (let k = from; k < at; k++) if (says(k)) lo = k + 1;
  let hi = to;
  for (let k = at + 1; k <= to; k++) {
    if (says(k) || sayingParticiple(ctx, k)) {
      hi = k - 1;
      break;
    }
  }
  return [lo, hi];
}

const PARTICIPLES = CUES.sayingParticiples;
/** `، مشيراً إلى ما اتفق عليه مع …`: after a comma, a participle of saying opens what was said. */
function sayingParticiple(ctx: ArticleContext, k: number): boolean {
  const { tokens, text } = ctx;
  if (!PARTICIPLES.has(tokens[k]!.norm.replace(/^و/, ""))) return false;
  return /[،,]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}
