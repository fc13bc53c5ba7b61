/**
 * Search terms for Arabic and English names. Arabic glues clitics to words (و "and", ف "so", ب "in/with",
 * ل "for", ك "like", ال "the"), so `وبوتين`, `لبوتين` and `بوتين` must meet on one term: every token is
 * indexed and queried as itself plus its clitic-stripped variants, after normalizeArabic.
 */
import { normalizeArabic } from "../extract/text/normalize.ts";

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

/**
 * normalizeArabic after NFKC: text copied from a PDF often carries Arabic presentation forms (ﺑﻮﺗﻴﻦ is
 * بوتين letter by letter in its joined shapes), and NFKC maps them, and full-width Latin, to the plain letters.
 * Latin accents are folded too (foldLatin).
 */
export const normalizeName = (text: string) => normalizeArabic(foldLatin(text.normalize("NFKC")));

/** Latin letters with no decomposition to strip: Turkish dotless ı, Polish ł, Nordic ø, German ß. */
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

/**
 * Latin accents off, so a name typed on an English keyboard finds it: "Cavusoglu" finds Çavuşoğlu.
 * Only the Latin combining marks (U+0300–U+036F) go; Arabic marks are normalizeArabic's business.
 */
export function foldLatin(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ıłŁøØđĐß]/g, (c) => LATIN_LETTERS[c]!)
    .normalize("NFC");
}

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
