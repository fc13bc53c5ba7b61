/**
 * What a clause says about its event beyond who: planned (future tense, `من المقرر`, `المقبل`),
 * background (`كان قد`, `سبق أن`, `أعقب`), and where (`في موسكو`, `بالقاهرة`, `مدينة سوتشي`).
 */

import { alternation, CUES, PLACES } from "../lexicon/index.ts";
import type { Mention } from "../mentions/mentions.ts";
import { normalizeArabic } from "../text/normalize.ts";

/** A future verb (`سيعقد`), a planning phrase or word, `على عقد`, `لعقد`. */
const PLANNED = new RegExp(
  [
    String.raw`(^|\s)(و|ف)?(سي|ست|سن|سا)[^\s]{3,}`,
    alternation(CUES.plannedPhrases),
    String.raw`(^|\s)و?(ي|ت)(نتظر|توقع|رتقب) ان`,
    alternation(CUES.plannedWords),
  ].join("|"),
);
/**
 * `على عقد`, `لعقد`: to hold (a gathering). Before the trigger it plans it (`من أجل عقد قمة`); after
 * it, it is what the event was about (`اتفقا في محادثاتهما الهاتفية على عقد اجتماع …`).
 */
const TO_HOLD = /(^|\s)(علي|الي)\s+عقد|(^|\s)و?(ل|ب)عقد/;
/** `كان X قد`, `سبق أن`, a past time, an earlier meeting, `في وقت سابق`, a recalling word. */
const BACKGROUND = new RegExp(
  [
    String.raw`(^|\s)و?كان(ت|ا)?\s+(\S+\s+){0,4}قد\s`,
    alternation(CUES.backgroundPhrases),
    alternation(CUES.pastTimes),
    String.raw`(${alternation(CUES.earlierMeetingNouns)})\s+(${alternation(CUES.earlierAdjectives)})`,
    `في وقت سابق(?! من اليوم| اليوم)`,
    String.raw`(^|\s)و?(${alternation(CUES.recallingWords)})(?=$|\s)`,
  ].join("|"),
);

/** Future forms such as `سيعقد` start with س + a present-tense prefix; `سياسي`, `سيادة` do not count. */
const NOT_FUTURE = new RegExp(String.raw`(^|\s)(و|ف)?(${alternation(CUES.notFutureStems)})`, "g");

/** Planning words in the words before a trigger (and the trigger itself). */
export function isPlanned(before: string): boolean {
  const norm = before.replace(NOT_FUTURE, " ");
  return PLANNED.test(norm) || TO_HOLD.test(norm);
}

/** Planning words in the few words after a trigger, which may state its own plan but not its purpose. */
export function isPlannedAfter(after: string): boolean {
  return PLANNED.test(after.replace(NOT_FUTURE, " "));
}

const COMING = new RegExp(String.raw`(${alternation(CUES.comingTimeWords)})(?=$|[\s،,.])`);

/** `… قمة في القاهرة خلال شهر سبتمبر المقبل`: a coming time word later in the clause. */
export function hasComingTime(after: string): boolean {
  return COMING.test(after);
}

/** `نفى الكرملين أن يكون بوتين قد التقى …`, `لم يلتق`: an event denied or that did not happen. */
const NEGATED = new RegExp(
  [
    String.raw`(^|\s)و?(${alternation(CUES.denialVerbs)})\s(\S+\s){0,8}?(${alternation(CUES.deniedObjects)})`,
    String.raw`(^|\s)و?(${alternation(CUES.negationParticles)})\s+(\S+\s+)?(${alternation(CUES.negatedVerbs)})`,
  ].join("|"),
);
export function isNegated(window: string): boolean {
  return NEGATED.test(window);
}

/**
 * `تحرك أعقب لقاء بوتين بالأسد`: the gathering right after "followed" is the earlier one. Not one
 * further on (`وأعقبت المباحثات ندوة صحفية`: the press conference is what followed the talks).
 */
export const isFollowed = (prevWord: string) => /^(و|ف)?اعقبت?$/.test(prevWord);

export function isBackground(clause: string): boolean {
  return BACKGROUND.test(clause);
}

const PLACE_INTRO = new RegExp(String.raw`(${alternation(PLACES.placeIntroducers)})\s*$|(^|\s)(و)?ب$`);

/** A place mention introduced as the location: after `في`, `مدينة`, `العاصمة`, or glued `ب`. */
export function placeOf(text: string, mentions: Mention[], after = 0): string | null {
  const located = mentions.filter((m) => {
    // `في قصر البحر`: a site found from context has no city or country, so the city (named or the
    // dateline's) places the event and the site stays a mention; see defaultPlace.
    if (m.type !== "Place" || m.source === "site") return false;
    const before = normalizeArabic(text.slice(Math.max(0, m.start - 12), m.start));
    return PLACE_INTRO.test(before);
  });
  // `في قصر البحر بالدوحة`: the city, which the graph can place in its country, over a site found from context.
  const ranked = [
    ...located.filter((m) => m.source !== "site"),
    ...located.filter((m) => m.source === "site"),
  ];
  // `وفي أنقرة، أعلن … أنه سيلتقي بوتين في سوتشي`: the place after the trigger is the event's.
  return (ranked.find((m) => m.start >= after) ?? ranked[0])?.entityId ?? null;
}
