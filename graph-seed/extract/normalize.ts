/**
 * Arabic normalisation shared by extraction and search: spelling variants that readers treat as the
 * same word must compare equal (أ/إ/آ/ا, ى/ي, ة/ه, diacritics, tatweel), Latin is lower-cased.
 * Every rule maps one character to at most one character, so offsets can be carried over.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

const FOLD: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ة: "ه",
  ؤ: "و",
  ئ: "ي",
  ک: "ك",
  ی: "ي",
};

export function normalizeArabic(input: string): string {
  return input
    .normalize("NFC")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(/[أإآٱىةؤئکی]/g, (c) => FOLD[c] ?? c)
    .toLowerCase();
}
