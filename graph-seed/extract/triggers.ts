/**
 * Event triggers: the words that say an event happened (or will): `التقى`, `مباحثات`, `اتصال هاتفي`,
 * `قمة`, `مؤتمر صحفي`, `وقع اتفاقية`. Matched on normalised words, clitics allowed.
 */
import type { EventType } from "../../model/kinds.ts";
import { normalizeArabic } from "./normalize.ts";
import { cliticForms, type Token } from "./tokens.ts";

export interface Trigger {
  type: EventType;
  /** Token index of the trigger word. */
  at: number;
  /** A definite noun (`اللقاء`, `الاتصال`) refers back to an event already told. */
  anaphoric: boolean;
  /** `بحث`, `تباحث`: a verb of talks, a call when the sentence says it was by phone. */
  verb: boolean;
  /** `لقائه`, `مباحثاته`: the word carries its subject as a pronoun. */
  possessive: boolean;
  /** `في استقباله`, `مستقبليه`: a welcome, whose pronoun is the guest. */
  welcome?: boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).map(normalizeArabic);

const MEETING = new Set(
  words(`التقى يلتقي التقت تلتقي التقيا سيلتقي لقاء لقائه لقائهما لقاءه لقاءا لقاءً اللقاء اجتماع اجتماعا اجتماعاً
  الاجتماع اجتماعه اجتمع يجتمع اجتمعا محادثات المحادثات محادثاته محادثة المحادثة مباحثات المباحثات مباحثاته
  مباحثاتهما مباحثاتها الاستقبال استقبال استقبالا استقبل يستقبل استقبلت بحث يبحث تبحث بحثت تباحث يتباحث التباحث`),
);
/** Verbs that merely begin with the letters of the article (`التقى`), and verbs of talks. */
/** `المقابلة`: the audience a ruler gave, told again (`وجرى خلال المقابلة …`). */
const AUDIENCE = new Set(words("المقابلة المقابله"));
/** `وحضر المقابلات`, `اللقاءات`: several gatherings just told, referred to at once. */
export const PLURAL_GATHERINGS = new Set(words("المقابلات اللقاءات الاجتماعات"));
const DEFINITE_OK = new Set(words("بحث يبحث تبحث بحثت التقى التقت التقيا"));
const VERBS_OF_TALKS = new Set(words("بحث يبحث تبحث بحثت تباحث"));
/** `اتصالا ب` is "in connection with": an indefinite call word needs `هاتفي` right after it. */
const NEEDS_PHONE = new Set(words("اتصال اتصالا اتصالاً اتصالات"));
/** `هاتف عباس السيسي`: "phoned" is a call by itself. */
const PHONED = new Set(words("هاتف يهاتف هاتفه هاتفها هاتفت تهاتف"));
const PHONE = new Set(
  words(
    "اتصال اتصالا اتصالاً الاتصال الاتصالان الاتصالين اتصالين اتصالان اتصالات مكالمة المكالمة مكالمه مكالمتين مكالمات",
  ),
);
const COMMUNICATIONS_OFFICE = new Set(words("دائرة مديرية مكتب وسائل مركز إدارة قطاع شبكة شبكات خطوط"));
const SUMMIT = new Set(words("قمة القمة قمه"));
const PRESS = new Set(words("مؤتمر المؤتمر مؤتمرا مؤتمراً ندوة الندوة ندوه"));
const PRESS_NEXT = new Set(
  words("صحفي صحافي الصحفي الصحافي صحفيا صحافيا صحفياً صحفية صحافية الصحفية الصحافية"),
);
const SIGN = new Set(words("وقع وقعا وقعت يوقع توقيع التوقيع سيوقع ستوقع"));
const DEAL = /^(اتفاقي|اتفاق|مذكر|معاهد|بروتوكول|اعلان|وثيق|برنامج تنفيذي|برنامج|بيان)/;

function isDefinite(form: string): boolean {
  return form.startsWith("ال");
}

/** `سيستقبل`, `سيلتقي`, `سيبحثان`: the future prefix before a meeting verb. */
function futureMeeting(form: string): boolean {
  if (!form.startsWith("س") || form.length < 5) return false;
  const rest = form.slice(1);
  return MEETING.has(rest) || MEETING.has(rest.replace(/(ان|ون)$/, ""));
}

/** `استقباله`, `اجتماعهما`, `اتصالها`: a trigger noun with a possessive pronoun. */
function withoutPronoun(form: string): string {
  const m = /^(.{4,}?)(هما|هم|ها|ه)$/.exec(form);
  return m && (MEETING.has(m[1]!) || PHONE.has(m[1]!) || MEETING.has(`${m[1]}ا`)) ? m[1]! : form;
}

/**
 * `كان في استقباله X`, `على رأس مستقبليه X`, `أقيم له استقبال رسمي`: a welcome on arrival is a
 * meeting of the guest and those who received him (a bare `استقبال` is any "receiving").
 */
function welcome(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.norm;
  const prev = tokens[i - 1]?.norm ?? "";
  if (/^(و)?(مستقبليه|مستقبليها|مستقبليهما|مستقبليهم|مودعيه|مودعيها)$/.test(word)) return true;
  if (/^(و)?في$/.test(prev) && /^(استقبال|وداع)(ه|ها|هما|هم)?$/.test(word)) return true;
  return word === "استقبال" && /^(رسمي|رسميا|حافل|الرسمي)$/.test(tokens[i + 1]?.norm ?? "");
}

const nisbaAt = (tokens: Token[], k: number) => /^ال..+ي$/.test(tokens[k]?.norm ?? "");

/** A deal's noun (`اتفاقية`, `مذكرة`, `بيان`) within the signing's object. */
function dealAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 24); k++)
    for (const f of cliticForms(tokens[k]!.norm)) if (DEAL.test(f.form)) return true;
  return false;
}

function typeOf(tokens: Token[], i: number): { type: EventType; form: string } | null {
  if (welcome(tokens, i)) return { type: "Meeting", form: "استقبال" };
  for (const reading of cliticForms(tokens[i]!.norm)) {
    // `استقبال اللاجئين` is "receiving refugees"; only `استقباله …` (his receiving of …) is a meeting.
    if (reading.form === "استقبال") continue;
    const form = withoutPronoun(reading.form);
    if (futureMeeting(form)) return { type: "Meeting", form };
    if (PRESS.has(form) && PRESS_NEXT.has(tokens[i + 1]?.norm ?? ""))
      return { type: "PressConference", form };
    if (SUMMIT.has(form)) return { type: "Summit", form };
    if (PHONED.has(form)) return { type: "PhoneCall", form };
    // `دائرة الاتصال في الرئاسة`, `وسائل الاتصال`: an office or a means of communication, no call.
    if (PHONE.has(form) && COMMUNICATIONS_OFFICE.has(tokens[i - 1]?.norm ?? "")) continue;
    if (PHONE.has(form)) {
      const next = tokens.slice(i + 1, i + 3);
      if (!NEEDS_PHONE.has(form) || next.some((t) => isPhoneWord(t.norm))) return { type: "PhoneCall", form };
      continue;
    }
    if (MEETING.has(form) || AUDIENCE.has(form) || PLURAL_GATHERINGS.has(form))
      return { type: "Meeting", form };
    // `جرى الاتفاق بين روسيا وإيران وتركيا`: an agreement reached between named parties;
    // `الاتفاق الروسي التركي`: an agreement between the states its adjectives name.
    if (form === "الاتفاق" || form === "اتفاق") {
      const between = nisbaAt(tokens, i + 1) && nisbaAt(tokens, i + 2);
      if (between || ["جري", "تم"].includes(tokens[i - 1]?.norm ?? ""))
        return { type: "Agreement", form: "اتفاق" };
    }
    if (SIGN.has(form) && dealAfter(tokens, i)) return { type: "Agreement", form };
  }
  return null;
}

/** `هاتفيا`, `هاتفي`: the talk it qualifies was a phone call. */
export function isPhoneWord(norm: string): boolean {
  return cliticForms(norm).some((f) => /^هاتفي/.test(f.form));
}

/** Triggers among tokens [from, to], in order; adjacent words of one event (`اتصالا هاتفيا`) count once. */
export function findTriggers(tokens: Token[], from: number, to: number): Trigger[] {
  const out: Trigger[] = [];
  for (let i = from; i <= to; i++) {
    const hit = typeOf(tokens, i);
    if (!hit) continue;
    const prev = out[out.length - 1];
    // `بحث أردوغان، مساء أمس، في اتصال هاتفي مع …`: the verb and the call are one event.
    if (prev?.verb && prev.type === "Meeting" && hit.type === "PhoneCall" && i - prev.at <= 10) {
      prev.type = "PhoneCall";
      continue;
    }
    if (prev && i - prev.at <= 2 && (prev.type === hit.type || hit.type === "PhoneCall")) {
      if (hit.type === "PhoneCall") prev.type = "PhoneCall";
      continue;
    }
    // `في ختام لقائهما`: "their meeting" is one the article has told.
    const theirs = /هما$/.test(hit.form) || /هما$/.test(tokens[i]!.norm);
    const anaphoric = (isDefinite(hit.form) && !DEFINITE_OK.has(hit.form)) || theirs;
    const possessive = /(ه|ها|هما|هم)$/.test(tokens[i]!.norm) && !/ه$/.test(hit.form);
    const greeting = welcome(tokens, i) || undefined;
    out.push({
      type: hit.type,
      at: i,
      anaphoric,
      verb: VERBS_OF_TALKS.has(hit.form),
      possessive,
      welcome: greeting,
    });
  }
  return withParticipation(tokens, from, to, out);
}

const PARTICIPATE = /^(و|ف)?(يشارك|تشارك|شارك|شاركت|يشاركون|شاركوا|سيشارك)$/;
const GATHERING_NOUN =
  /^(المحادثات|المباحثات|الاجتماع|الاجتماعات|القمه|المفاوضات|اللقاء|الجوله|المشاورات|فيها|فيه)$/;

/**
 * `ويشارك من الجانب التركي X، ومن الجانب الروسي Y`: those who take part in talks met there;
 * `ويشارك في المحادثات أيضا Z`: Z joins the talks already told. Not where another trigger follows
 * (`شارك X … في القمة` is the summit's).
 */
function withParticipation(tokens: Token[], from: number, to: number, found: Trigger[]): Trigger[] {
  const out = [...found];
  for (let i = from; i <= to; i++) {
    if (!PARTICIPATE.test(tokens[i]!.norm)) continue;
    if (found.some((t) => t.at >= i && t.at <= i + 12)) continue;
    const next = tokens.slice(i + 1, i + 4).map((k) => k.norm);
    const into =
      /^(فيها|فيه|فيهما)$/.test(next[0] ?? "") ||
      (next.includes("في") && next.some((w) => GATHERING_NOUN.test(w)));
    out.push({ type: "Meeting", at: i, anaphoric: into, verb: false, possessive: false });
  }
  return out.sort((a, b) => a.at - b.at);
}
