/**
 * Dates in a sentence, resolved against the publication date: explicit ones (`22 نوفمبر`,
 * `14 أيلول 2021`, `تشرين الثاني 2017`) and relative ones (`اليوم الثلاثاء`, `مساء اليوم`, `أمس`,
 * `في وقت سابق من اليوم`, a weekday name → the latest such day on or before publication). The
 * patterns and their reading are in dates/reads.ts, the order they run in is the table in dates/rules.ts;
 * this file finds the date nearest a trigger, reading each sentence once.
 */

import { normalizeArabic, normalizeWithOffsets } from "../text/normalize.ts";
import { addDays, type DateFact, fact, pad } from "./facts.ts";
import { asciiDigits, explicitDate, ORDINAL_HINT, ordinalDays, relativeDate } from "./reads.ts";
import { ANY_DATE_WORD, candidates, type Found, MONTH_WORD } from "./rules.ts";

export type { DateFact };

/**
 * The date a clause gives for the event whose trigger stands at character `at`: of several
 * (`بحث أمس … الجولة المقررة في 21 كانون الأول`), the one nearest the trigger.
 */
export function findDateNear(
  clause: string,
  published: string | null,
  at: number,
  ahead = false,
): DateFact | null {
  const norm = ordinalDays(asciiDigits(normalizeArabic(clause)));
  const pos = ordinalDays(asciiDigits(normalizeArabic(clause.slice(0, at)))).length;
  const found = candidates(norm, published, ahead);
  if (found.length === 0) return null;
  const distance = (f: Found) => (f.end <= pos ? pos - f.end : Math.max(0, f.at - pos));
  return found.reduce((a, b) => (distance(b) < distance(a) ? b : a)).fact;
}

/** A sentence's date expressions, read once, with the source offset of each normalised character. */
interface SentenceDates {
  /** Source offset (within the sentence) of each character of the normalised sentence. */
  offsets: number[];
  digits: string;
  /** Weekdays read backwards, and (when asked for) forwards. */
  found: Found[];
  ahead?: Found[];
}

const SENTENCES = new Map<string, SentenceDates | null>();
let SENTENCES_DAY: string | null | undefined;

function sentenceDates(sentence: string, published: string | null, ahead: boolean): SentenceDates | null {
  if (SENTENCES_DAY !== published) {
    SENTENCES.clear();
    SENTENCES_DAY = published;
  }
  let read = SENTENCES.get(sentence);
  if (read === undefined) {
    const { norm, offsets } = normalizeWithOffsets(sentence);
    const digits = asciiDigits(norm);
    // Ordinal days are rewritten to digits, which moves offsets: such sentences are read per clause.
    read = ORDINAL_HINT.test(digits) ? null : { offsets, digits, found: candidates(digits, published) };
    if (SENTENCES.size > 5000) SENTENCES.clear();
    SENTENCES.set(sentence, read);
  }
  if (read && ahead) read.ahead ??= candidates(read.digits, published, true);
  return read;
}

/**
 * `findDateNear` for a clause given as source offsets `[from, to)` of its sentence, the trigger at
 * `at`: the sentence's date expressions are read once and shared by all its clauses.
 */
export function findDateInSentence(
  sentence: string,
  published: string | null,
  from: number,
  to: number,
  at: number,
  ahead = false,
): DateFact | null {
  const read = sentenceDates(sentence, published, ahead);
  if (read === null) return findDateNear(sentence.slice(from, to), published, at - from, ahead);
  const { offsets } = read;
  const found = ahead ? read.ahead! : read.found;
  const inside = found.filter((f) => offsets[f.at]! >= from && (offsets[f.end - 1] ?? -1) < to);
  if (inside.length === 0) return null;
  const distance = (f: Found) => {
    const [a, b] = [offsets[f.at]!, offsets[f.end - 1]! + 1];
    return b <= at ? at - b : Math.max(0, a - at);
  };
  return inside.reduce((x, y) => (distance(y) < distance(x) ? y : x)).fact;
}

/** The date a sentence gives, if any; relative expressions need the publication date. */
export function findDate(sentence: string, published: string | null): DateFact | null {
  if (MEMO_DAY !== published) {
    MEMO.clear();
    MEMO_DAY = published;
  }
  const have = MEMO.get(sentence);
  if (have !== undefined) return have;
  const found = readDate(sentence, published);
  if (MEMO.size > 5000) MEMO.clear();
  MEMO.set(sentence, found);
  return found;
}

/** One article asks about the same sentence once per clause: remember its answers (one day at a time). */
const MEMO = new Map<string, DateFact | null>();
let MEMO_DAY: string | null | undefined;

function readDate(sentence: string, published: string | null): DateFact | null {
  const norm = asciiDigits(normalizeArabic(sentence));
  if (!ANY_DATE_WORD.test(norm)) return null;
  const explicit = /\d/.test(norm) || MONTH_WORD.test(norm) ? explicitDate(norm, published) : null;
  if (explicit) return explicit;
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  return relativeDate(norm, published);
}

/**
 * `كان قد استقبله الشهر الماضي`: for an event the article recalls, last month is its date (month
 * precision). Not used for the day's news, where `الشهر الماضي` mostly times what is said.
 */
export function lastMonthOf(clause: string, published: string | null): DateFact | null {
  if (!published || !/^\d{4}-\d{2}/.test(published)) return null;
  // `في وقت سابق من الشهر الجاري`: this month.
  if (/الشهر\s+(الجاري|الحالي)/.test(normalizeArabic(clause)))
    return fact(published.slice(0, 7), "month", published);
  // `الأسبوع الماضي`: the month a week before publication.
  if (
    /الاسبوع\s+(الماضي|المنصرم|الفايت|الفارط)/.test(normalizeArabic(clause)) &&
    /^\d{4}-\d{2}-\d{2}$/.test(published)
  )
    return fact(addDays(published, -7).slice(0, 7), "month", published);
  if (!/الشهر\s+(الماضي|المنصرم|الفايت|الفارط)/.test(normalizeArabic(clause))) return null;
  const d = new Date(Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 2, 1));
  return fact(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, "month", published);
}
