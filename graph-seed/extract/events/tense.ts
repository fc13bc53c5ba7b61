/**
 * Whether the verb telling an event speaks of what is still to come. A present tense in a report's
 * body, with a later-time word (`في زيارة يلتقي خلالها …`, `ويستقبل … بعد قليل`, `حيث يجري …
 * مباحثات … يوم الاثنين`), announces the event; in a headline it reports it (`الرئيس يستقبل …`).
 */
import type { ArticleContext } from "../analyse.ts";
import { alternation, CUES } from "../lexicon/index.ts";
import type { Trigger } from "./triggers.ts";

/** Present forms of the verbs that tell meetings, talks and calls (with `و`, `ف`, future `س`). */
const PRESENT = new RegExp(`^(و|ف)?(س)?[يت](${alternation(CUES.presentStems)})(ان|ون|ا)?$`);
/** Words after a present verb that put its event later than the report. */
const LATER = new RegExp(String.raw`(^|\s)(${alternation(CUES.laterTimes)})(?=$|\s)`);
/** `قبل أن يعقدا`, `بعد أن يلتقي`: a subjunctive after a time word tells no tense of its own. */
const TIME_BEFORE_AN = CUES.timeBeforeAn;

/** The token index of the verb before a noun trigger (`يجري جلالته مباحثات`), or of the trigger itself. */
function tellingVerb(ctx: ArticleContext, t: Trigger, lo: number): number | undefined {
  const { tokens } = ctx;
  for (let k = t.at; k >= Math.max(lo, t.at - 3); k--) {
    if (!PRESENT.test(tokens[k]!.norm)) continue;
    const subjunctive = tokens[k - 1]?.norm === "ان" && TIME_BEFORE_AN.has(tokens[k - 2]?.norm ?? "");
    return subjunctive ? undefined : k;
  }
  return undefined;
}

const inHeadline = (ctx: ArticleContext, t: Trigger) => {
  const end = ctx.text.indexOf("\n");
  return end > 0 && ctx.tokens[t.at]!.start < end;
};

/** The event is told in the present tense of a report's body. */
export function toldAhead(ctx: ArticleContext, t: Trigger, lo: number): boolean {
  return !inHeadline(ctx, t) && tellingVerb(ctx, t, lo) !== undefined;
}

/** `في زيارة يلتقي خلالها`, `يستقبل … بعد قليل`: a present tense with a later-time word. */
export function comesLater(ctx: ArticleContext, t: Trigger, lo: number, after: string): boolean {
  const verb = inHeadline(ctx, t) ? undefined : tellingVerb(ctx, t, lo);
  if (verb === undefined) return false;
  const during = CUES.duringPronouns.has(ctx.tokens[verb + 1]?.norm ?? "");
  return during || LATER.test(after);
}
