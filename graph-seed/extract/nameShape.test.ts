/** Which words can open the name of someone the catalog does not know (our own words, not an article's). */
import { describe, expect, it } from "vitest";
import { standsAlone, whyNotAName } from "./nameShape.ts";
import { normalizeArabic } from "./normalize.ts";

const why = (w: string) => whyNotAName(normalizeArabic(w), w);

describe("a word after a title that opens no name", () => {
  it.each([
    ["يستعرض", "verb"],
    ["يتصل", "verb"],
    ["سيتوجه", "verb"],
    ["تبحث", "verb"],
    ["بتكليف", "preposition"],
    ["بزيارة", "preposition"],
    ["لأول", "preposition"],
    ["وأخوه", "conjunction"],
    ["ونظيره", "conjunction"],
    ["إعلانه", "pronoun"],
    ["هنّأه", "pronoun"],
    ["موفور", "participle"],
    ["حول", "stop"],
  ])("%s (%s)", (word, shape) => {
    // A word our own articles use as prose is caught by the list before its shape is read.
    expect([shape, "prose", "stop"]).toContain(why(word));
  });
});

describe("a word that does open a name", () => {
  it.each([
    "يوسف",
    "يحيى",
    "وليد",
    "منصور",
    "طه",
    "نيكوس",
    "تيريزا",
    "يرلان",
    "أندريه",
    "هانكه",
    "يفيموف",
    "خولة",
    "ليسيغو",
  ])("%s", (word) => {
    expect(why(word)).toBeNull();
  });
});

describe("a one-word name", () => {
  it("stands alone when it is a given name or ends as foreign names do", () => {
    expect(standsAlone(normalizeArabic("سلمان"))).toBe(true);
    expect(standsAlone(normalizeArabic("سوغيونو"))).toBe(true);
    expect(standsAlone(normalizeArabic("أزمتي"))).toBe(false);
    expect(standsAlone(normalizeArabic("مشكلتي"))).toBe(false);
  });
});
