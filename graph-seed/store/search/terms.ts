/**
 * Search terms for Arabic and English names. Arabic glues clitics to words (و "and", ف "so", ب "in/with",
 * ل "for", ك "like", ال "the"), so `وبوتين`, `لبوتين` and `بوتين` must meet on one term: every token is
 * indexed and queried as itself plus its clitic-stripped variants, after normalizeArabic.
 */
import { normalizeArabic } from "../../extract/text/normalize.ts";

const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;
/** Shortest stem worth keeping: stripping must not turn a name into a two-letter fragment. */
const MIN_STEM = 3;

/** Strips one clitic from the front when what is left is still a plausible word. */
function stripOnce(word: string, prefixes: readonly string[]): string[] {
  return prefixes
    .filter((p) => word.startsWith(p) && word.length - p.length >= MIN_STEM)
    .map((p) => word.slice(p.length));
}

/** The word and every form left after removing conjunction, preposition and article, in that order. */
export function cliticVariants(word: string): string[] {
  if (!ARABIC_LETTERS.test(word)) return [word];
  const out = new Set([word]);
  const afterConj = [word, ...stripOnce(word, ["و", "ف"])];
  for (const w of afterConj) {
    out.add(w);
    const afterPrep = [w, ...stripOnce(w, ["ب", "ل", "ك"])];
    for (const x of afterPrep) {
      out.add(x);
      for (const y of stripOnce(x, ["ال"])) out.add(y);
    }
    // ل + ال is written لل: "للسيسي" → "السيسي" → "سيسي".
    for (const y of stripOnce(w, ["لل"])) out.add(y);
  }
  return [...out];
}

/** Combining marks of Latin letters (U+0300–U+036F): "Erdoğan" and "Erdogan" are one name to a reader. */
const LATIN_MARKS = /[\u0300-\u036f]/g;

/**
 * normalizeArabic after NFKD without Latin marks: text copied from a PDF often carries Arabic presentation
 * forms (ﺑﻮﺗﻴﻦ is بوتين letter by letter in its joined shapes), and compatibility decomposition maps them, and
 * full-width Latin, to the plain letters; it also splits ğ, é into letter + mark, and the mark goes, so
 * "Cavusoglu" finds Çavuşoğlu. Arabic letters it splits (أ → ا + hamza) lose their mark in normalizeArabic,
 * as they fold there anyway. Latin letters with no decomposition (ı, ł, ø, đ, ß) are spelled out.
 */
export const normalizeName = (text: string) =>
  normalizeArabic(
    text
      .normalize("NFKD")
      .replace(LATIN_MARKS, "")
      .replace(/[ıłŁøØđĐß]/g, (c) => LATIN_LETTERS[c]!),
  );

const LATIN_LETTERS: Record<string, string> = {
  ı: "i",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ß: "ss",
};

/** Splits on anything that is not a letter or digit (Arabic letters count), after normalising. */
export function tokenize(text: string): string[] {
  return normalizeName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** All terms a text is indexed or queried under. */
export function searchKeys(text: string): string[] {
  return [...new Set(tokenize(text).flatMap(cliticVariants))];
}
