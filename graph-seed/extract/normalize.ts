/**
 * Arabic normalisation shared by extraction and search: spelling variants that readers treat as the
 * same word must compare equal (أ/إ/آ/ا, ى/ي, ة/ه, diacritics, tatweel), Latin is lower-cased.
 * Every rule maps one character to at most one character, so offsets can be carried over.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

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
  گ: "ك",
};

export function normalizeArabic(input: string): string {
  return input
    .normalize("NFC")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(/[أإآٱىةؤئکیگ]/g, (c) => FOLD[c] ?? c)
    .toLowerCase();
}

/** One character's normal form: "" for diacritics and tatweel, else the folded, lower-cased character. */
export function foldChar(c: string): string {
  if (DROPPED.test(c)) return "";
  return (FOLD[c] ?? c).toLowerCase();
}

/** Normalised text plus, for each of its characters, the offset of the source character it came from. */
export function normalizeWithOffsets(input: string, base = 0): { norm: string; offsets: number[] } {
  let norm = "";
  const offsets: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const f = foldChar(input[i]!);
    if (f.length !== 1) continue;
    norm += f;
    offsets.push(base + i);
  }
  return { norm, offsets };
}
