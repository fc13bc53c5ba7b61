/**
 * What a clause says about its event beyond who: planned (future tense, `من المقرر`, `المقبل`),
 * background (`كان قد`, `سبق أن`, `أعقب`), and where (`في موسكو`, `بالقاهرة`, `مدينة سوتشي`).
 */
import type { Mention } from "./mentions.ts";
import { normalizeArabic } from "./normalize.ts";

const PLANNED =
  /(^|\s)(و|ف)?(سي|ست|سن|سا)[^\s]{3,}|من المقرر|من المنتظر|من المتوقع|من المرتقب|(^|\s)و?(ي|ت)(نتظر|توقع|رتقب) ان|المقبل|القادم|يعتزم|تعتزم|سوف|يرتقب|المرتقب|المزمع|التحضير ل|(^|\s)(علي|الي)\s+عقد|(^|\s)و?(ل|ب)عقد/;
const BACKGROUND =
  /(^|\s)و?كان(ت|ا)?\s+(\S+\s+){0,4}قد\s|كانا قد|كانت قد|سبق ان|سبق و|سبق ل|(^|\s)(و|ف)?اعقبت?(?=\s)|الاسبوع الماضي|الشهر الماضي|(لقايه|لقاءه|اجتماعه|اتصاله|لقاءهما|لقاءها)\s+(السابق|الاخير)|العام الماضي|في وقت سابق(?! من اليوم| اليوم)|نتايج|(^|\s)و?(مستذكرا|مذكرا|استذكر|مستعيدا)(?=$|\s)/;

/** Future forms such as `سيعقد` start with س + a present-tense prefix; `سياسي`, `سيادة` do not count. */
const NOT_FUTURE =
  /(^|\s)(و|ف)?(سياس|سياق|سياد|سيار|سيطر|سيد|سيف|سير|ستار|ستين|ستراتيج|سنو|سنه|سنت|سابق|ساع|ساح|سام)/g;

export function isPlanned(clause: string): boolean {
  const norm = clause.replace(NOT_FUTURE, " ");
  return PLANNED.test(norm);
}

/** `… قمة في القاهرة خلال شهر سبتمبر المقبل`: a coming time word later in the clause. */
export function hasComingTime(after: string): boolean {
  return /(المقبل|المقبله|القادم|القادمه)(?=$|[\s،,.])/.test(after);
}

/** `نفى الكرملين أن يكون بوتين قد التقى …`, `لم يلتق`: an event denied or that did not happen. */
const NEGATED =
  /(^|\s)و?(نفي|نفت|ينفي|تنفي)\s(\S+\s){0,8}?(ان يكون|ان تكون|وجود)|(^|\s)و?(لم|لن)\s+(\S+\s+)?(يلتق|يجتمع|يتصل|يستقبل|تلتق|تجتمع|تتصل|تستقبل)/;
export function isNegated(window: string): boolean {
  return NEGATED.test(window);
}

export function isBackground(clause: string): boolean {
  return BACKGROUND.test(clause);
}

/** A place mention introduced as the location: after `في`, `مدينة`, `العاصمة`, or glued `ب`. */
export function placeOf(text: string, mentions: Mention[], after = 0): string | null {
  const located = mentions.filter((m) => {
    // `في قصر البحر`: a site found from context has no city or country, so the city (named or the
    // dateline's) places the event and the site stays a mention; see defaultPlace.
    if (m.type !== "Place" || m.source === "site") return false;
    const before = normalizeArabic(text.slice(Math.max(0, m.start - 12), m.start));
    return /(في|مدينه|العاصمه|الي|منتجع)\s*$|(^|\s)(و)?ب$/.test(before);
  });
  // `في قصر البحر بالدوحة`: the city, which the graph can place in its country, over a site found from context.
  const ranked = [
    ...located.filter((m) => m.source !== "site"),
    ...located.filter((m) => m.source === "site"),
  ];
  // `وفي أنقرة، أعلن … أنه سيلتقي بوتين في سوتشي`: the place after the trigger is the event's.
  return (ranked.find((m) => m.start >= after) ?? ranked[0])?.entityId ?? null;
}
