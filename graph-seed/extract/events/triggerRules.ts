/**
 * What kind of event a word tells, as an ordered table of named rules. Each reading of the word (the
 * plain word first, then with its clitics split off) goes down the table; the first rule that holds
 * (its forms include the reading's, if it names any, and its test passes) decides it: an event type,
 * or `null` to rule that reading out and try the next one. The words come from lexicon/triggers.json.
 */
import type { EventType } from "../../../model/kinds.ts";
import { alternation, TRIGGERS } from "../lexicon/index.ts";
import { cliticForms, formsOf, type Token } from "../text/tokens.ts";

const MEETING = TRIGGERS.meeting;
const PHONE = TRIGGERS.callNouns;
const DEAL = new RegExp(`^(${alternation(TRIGGERS.dealStems)})`);
const WELCOME_HOSTS = new RegExp(`^(و)?(${alternation(TRIGGERS.welcomeHosts)})$`);
const WELCOME_NOUN = new RegExp(`^(${alternation(TRIGGERS.welcomeNouns)})(ه|ها|هما|هم)?$`);

/** One reading of the word at `tokens[i]`. */
export interface Reading {
  tokens: Token[];
  i: number;
  /** The reading as split from its clitics (`وباستقباله` → `استقباله`), and where it starts. */
  read: string;
  cut: number;
  /** The same without a possessive pronoun on a trigger noun (`استقباله` → `استقبال`). */
  form: string;
}

export interface TriggerRule {
  name: string;
  /** The forms it speaks of (absent: any reading); the table is indexed by them. */
  forms?: ReadonlySet<string>;
  /** What else must hold of the reading (absent: nothing). */
  test?: (r: Reading) => boolean;
  /** The event the reading tells; `null`: this reading tells none (the next reading is tried). */
  type: EventType | null;
  /** The trigger's form when it is not the reading's own (`الاتفاق` → `اتفاق`). */
  form?: string;
}

/** `هاتفيا`, `هاتفي`: the talk it qualifies was a phone call. */
export function isPhoneWord(norm: string): boolean {
  // `هاتفيا`, `الهاتفية` (`محادثاتهما الهاتفية`): the talk it qualifies was a phone call.
  // Nearly every word lacks the letters: a substring test before reading its clitics.
  return norm.includes("هاتفي") && cliticForms(norm).some((f) => /^(ال)?هاتفي/.test(f.form));
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
export function isWelcome(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.norm;
  const prev = tokens[i - 1]?.norm ?? "";
  if (WELCOME_HOSTS.test(word)) return true;
  if (/^(و)?في$/.test(prev) && WELCOME_NOUN.test(word)) return true;
  return word === "استقبال" && TRIGGERS.welcomeEpithets.has(tokens[i + 1]?.norm ?? "");
}

const nisbaAt = (tokens: Token[], k: number) => /^ال..+ي$/.test(tokens[k]?.norm ?? "");

/** A deal's noun (`اتفاقية`, `مذكرة`, `بيان`) within the signing's object. */
function dealAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 24); k++)
    for (const f of formsOf(tokens[k]!)) if (DEAL.test(f.form)) return true;
  return false;
}

const next = (r: Reading) => r.tokens[r.i + 1]?.norm ?? "";
const prev = (r: Reading) => r.tokens[r.i - 1]?.norm ?? "";

/** `بنظيره`, `بالرئيس`, `بولي العهد`: the one called, glued to `ب`, with a title. */
const CALLED_TITLE = /^ب(نظير|ال?رييس|ال?ملك|ال?امير|ال?شيخ|ولي|وزير|ال?سلطان|اخيه)/;

/** `اتصل بالأمير …` at once, or `اتصل الرئيس التركي اليوم بنظيره …` a few words on. */
function calledSomeone(r: Reading): boolean {
  if (/^ب../.test(r.tokens[r.i + 1]?.norm ?? "")) return true;
  return r.tokens.slice(r.i + 2, r.i + 9).some((t) => CALLED_TITLE.test(t.norm));
}

/** The rules, in the order they are tried; each has a fixture in events/triggerRules.test.ts. */
export const TRIGGER_RULES: readonly TriggerRule[] = [
  // Read on the whole word, before any reading: `في استقباله` is a welcome, not his receiving of someone.
  { name: "welcome", test: (r) => r.cut === 0 && isWelcome(r.tokens, r.i), type: "Meeting", form: "استقبال" },
  // `استقبال اللاجئين` is "receiving refugees"; only `استقباله …` (his receiving of …) is a meeting.
  { name: "bare-receiving", test: (r) => r.read === "استقبال", type: null },
  { name: "future-meeting", test: (r) => futureMeeting(r.form), type: "Meeting" },
  {
    name: "press-conference",
    forms: TRIGGERS.pressNouns,
    test: (r) => TRIGGERS.pressAdjectives.has(next(r)),
    type: "PressConference",
  },
  { name: "summit", forms: TRIGGERS.summit, type: "Summit" },
  { name: "phoned", forms: TRIGGERS.phonedVerbs, type: "PhoneCall" },
  // `اتصل بالأمير …`: called someone; not `فيما يتصل بالملف` ("as regards").
  {
    name: "called",
    forms: TRIGGERS.calledVerbs,
    test: (r) => !TRIGGERS.relatingWords.has(prev(r)) && calledSomeone(r),
    type: "PhoneCall",
  },
  // `بحثا هاتفياً`: the two discussed by phone.
  {
    name: "dual-talks-by-phone",
    forms: TRIGGERS.dualTalksByPhone,
    test: (r) => r.tokens.slice(r.i + 1, r.i + 3).some((t) => isPhoneWord(t.norm)),
    type: "PhoneCall",
  },
  // `دائرة الاتصال في الرئاسة`, `وسائل الاتصال`: an office or a means of communication, no call.
  {
    name: "communications-office",
    forms: PHONE,
    test: (r) => TRIGGERS.communicationsOffices.has(prev(r)),
    type: null,
  },
  // `اتصالا ب` is "in connection with": an indefinite call noun needs `هاتفي` right after it.
  {
    name: "connection-not-call",
    forms: TRIGGERS.callNounsNeedingPhone,
    test: (r) => PHONE.has(r.form) && !r.tokens.slice(r.i + 1, r.i + 3).some((t) => isPhoneWord(t.norm)),
    type: null,
  },
  { name: "call", forms: PHONE, type: "PhoneCall" },
  // `تسلم الرئيس أوراق اعتماد سفير …`: credentials presented in person.
  {
    name: "credentials",
    forms: TRIGGERS.credentials,
    test: (r) => TRIGGERS.credentialObjects.has(r.tokens[r.i + 1]?.norm ?? ""),
    type: "Meeting",
  },
  {
    name: "meeting",
    forms: new Set([...MEETING, ...TRIGGERS.audience, ...TRIGGERS.pluralGatherings, ...TRIGGERS.banquets]),
    type: "Meeting",
  },
  // `جرى الاتفاق بين روسيا وإيران وتركيا`: an agreement reached between named parties;
  // `الاتفاق الروسي التركي`: an agreement between the states its adjectives name.
  {
    name: "agreement-reached",
    forms: TRIGGERS.agreementNouns,
    test: (r) =>
      (nisbaAt(r.tokens, r.i + 1) && nisbaAt(r.tokens, r.i + 2)) ||
      TRIGGERS.agreementReachedVerbs.has(prev(r)),
    type: "Agreement",
    form: "اتفاق",
  },
  { name: "signing", forms: TRIGGERS.signVerbs, test: (r) => dealAfter(r.tokens, r.i), type: "Agreement" },
];

/**
 * The rules that may hold for a reading of a form, in table order: those that speak of any reading,
 * and those whose forms include it. Built once, so a word is not tried against rules that cannot hold.
 */
const ANY_FORM = TRIGGER_RULES.filter((rule) => !rule.forms);
const BY_FORM = new Map<string, TriggerRule[]>();
for (const rule of TRIGGER_RULES)
  for (const f of rule.forms ?? [])
    BY_FORM.set(
      f,
      TRIGGER_RULES.filter((x) => !x.forms || x.forms.has(f)),
    );
const rulesFor = (form: string) => BY_FORM.get(form) ?? ANY_FORM;

/** The event the word at `tokens[i]` tells, the form it tells it by, and the rule that decided. */
export function triggerKind(
  tokens: Token[],
  i: number,
): { type: EventType; form: string; rule: string } | null {
  readings: for (const { form: read, cut } of formsOf(tokens[i]!)) {
    const r: Reading = { tokens, i, read, cut, form: withoutPronoun(read) };
    for (const rule of rulesFor(r.form)) {
      if (rule.test && !rule.test(r)) continue;
      if (rule.type === null) continue readings;
      return { type: rule.type, form: rule.form ?? r.form, rule: rule.name };
    }
  }
  return null;
}

/** Each reading of the word at `tokens[i]` tried, and the rule that decided it (for tests). */
export function decisions(tokens: Token[], i: number): { read: string; rule: string | null }[] {
  const out: { read: string; rule: string | null }[] = [];
  for (const { form: read, cut } of formsOf(tokens[i]!)) {
    const r: Reading = { tokens, i, read, cut, form: withoutPronoun(read) };
    const rule = TRIGGER_RULES.find((x) => (!x.forms || x.forms.has(r.form)) && (!x.test || x.test(r)));
    out.push({ read, rule: rule?.name ?? null });
    if (rule && rule.type !== null) break;
  }
  return out;
}
