/**
 * Foreign names reach Arabic in many spellings: `غوتيريش` and `جوتريس`, `بوغدانوف` and `بوجدانوف`,
 * `فون دير لاين` and `فون دير ليين`. Their consonant skeleton agrees: vowel letters dropped, the
 * letters that spell one foreign sound folded together, doubled letters made one.
 */
const FOLD: Record<string, string> = {
  ج: "ك",
  غ: "ك",
  ق: "ك",
  گ: "ك",
  ش: "س",
  ص: "س",
  ث: "س",
  ط: "ت",
  ض: "د",
  ذ: "د",
  ظ: "ز",
  ح: "ه",
  خ: "ه",
  ڤ: "ف",
  پ: "ب",
};
const VOWELS = /[اويىءعئؤةآأإ]/g;

/** The skeleton of one normalised word (`تش`, Turkish `ç`, folds with `ج`). */
export function skeleton(norm: string): string {
  const folded = [...norm.replace(/تش/g, "ج").replace(VOWELS, "")].map((c) => FOLD[c] ?? c);
  return folded.filter((c, i) => c !== folded[i - 1]).join("");
}

/** Two spellings of one foreign word: the same skeleton, long enough to tell names apart. */
export const sameSkeleton = (a: string, b: string) => {
  const sa = skeleton(a);
  return sa.length >= 3 && sa === skeleton(b);
};
