/**
 * Event triggers: the words that say an event happened (or will): `التقى`, `مباحثات`, `اتصال هاتفي`,
 * `قمة`, `مؤتمر صحفي`, `وقع اتفاقية`. Matched on normalised words, clitics allowed; which kind a word
 * tells is decided by the rule table in events/triggerRules.ts.
 */
import type { EventType } from "../../../model/kinds.ts";
import { alternation, TRIGGERS } from "../lexicon/index.ts";
import type { Token } from "../text/tokens.ts";
import { isWelcome, triggerKind } from "./triggerRules.ts";

export { isPhoneWord } from "./triggerRules.ts";

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
  /** `القمة السابقة`: a definite gathering an earlier-time adjective makes another, earlier one. */
  earlier?: boolean;
}

/**
 * Every trigger is built here, all fields in one order: one object shape for the clause readers, which
 * read triggers often (a shape per building site made those reads polymorphic and slower).
 */
export function trigger(t: Trigger): Trigger {
  return {
    type: t.type,
    at: t.at,
    anaphoric: t.anaphoric,
    verb: t.verb,
    possessive: t.possessive,
    welcome: t.welcome,
    earlier: t.earlier,
  };
}

export const PLURAL_GATHERINGS = TRIGGERS.pluralGatherings;
const DEFINITE_OK = TRIGGERS.definiteVerbs;
const VERBS_OF_TALKS = TRIGGERS.talksVerbs;

function isDefinite(form: string): boolean {
  return form.startsWith("ال");
}

/** Triggers among tokens [from, to], in order; adjacent words of one event (`اتصالا هاتفيا`) count once. */
export function findTriggers(tokens: Token[], from: number, to: number): Trigger[] {
  const out: Trigger[] = [];
  for (let i = from; i <= to; i++) {
    const hit = triggerKind(tokens, i);
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
    // `لقائه` is written with the pronoun on the hamza's seat (`لقايه` normalised) and listed so.
    const possessive =
      /(ه|ها|هما|هم)$/.test(tokens[i]!.norm) &&
      (!/ه$/.test(hit.form) || /^لقاي(ه|ها|هما|هم)$/.test(hit.form));
    const greeting = isWelcome(tokens, i) || undefined;
    out.push(
      trigger({
        type: hit.type,
        at: i,
        anaphoric,
        verb: VERBS_OF_TALKS.has(hit.form),
        possessive,
        welcome: greeting,
      }),
    );
  }
  return withParticipation(tokens, from, to, out);
}

const PARTICIPATE = new RegExp(`^(و|ف)?(${alternation(TRIGGERS.participationVerbs)})$`);
const GATHERING_NOUN = new RegExp(`^(${alternation(TRIGGERS.gatheringNouns)})$`);
const INTO = TRIGGERS.intoPronouns;

/**
 * `ويشارك من الجانب التركي X، ومن الجانب الروسي Y`: those who take part in talks met there;
 * `ويشارك في المحادثات أيضا Z`: Z joins the talks already told, and so does a second side the same
 * sentence names with the verb again. Not where another trigger follows
 * (`شارك X … في القمة` is the summit's).
 */
function withParticipation(tokens: Token[], from: number, to: number, found: Trigger[]): Trigger[] {
  const out = [...found];
  for (let i = from; i <= to; i++) {
    if (!PARTICIPATE.test(tokens[i]!.norm)) continue;
    if (found.some((t) => t.at >= i && t.at <= i + 12)) continue;
    const next = tokens.slice(i + 1, i + 4).map((k) => k.norm);
    const into = INTO.has(next[0] ?? "") || (next.includes("في") && next.some((w) => GATHERING_NOUN.test(w)));
    // `وشارك في المباحثات من الجانب الكويتي X، بينما شارك من الجانب العراقي Y`: the second side takes
    // part in the same talks as the first.
    const again = out.some((t) => t.at < i && (t.anaphoric || PARTICIPATE.test(tokens[t.at]!.norm)));
    out.push(trigger({ type: "Meeting", at: i, anaphoric: into || again, verb: false, possessive: false }));
  }
  return out.sort((a, b) => a.at - b.at);
}
