/** Spellings of one foreign name, and the catalogued person behind them (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { sameSkeleton, skeleton } from "./skeleton.ts";

const sk = (w: string) => skeleton(normalizeArabic(w));

describe("the consonant skeleton of a foreign name", () => {
  it.each([
    ["غوتيريش", "جوتريس"],
    ["بوغدانوف", "بوجدانوف"],
    ["لافرينتييف", "لافرنتييف"],
    ["تشاووش", "جاويش"],
    ["ستافان", "ستيفان"],
  ])("%s and %s agree", (a, b) => {
    expect(sk(a)).toBe(sk(b));
  });

  it("tells different names apart, and short ones are never enough", () => {
    expect(sk("لافروف")).not.toBe(sk("لافرينتييف"));
    expect(sameSkeleton(normalizeArabic("حاجي"), normalizeArabic("هاجي"))).toBe(false);
  });
});

describe("a catalogued person spelled otherwise", () => {
  const people = (text: string) =>
    extractArticle(text, { id: "t", title: null, published: "2020-01-19", publishedPrecision: "day" })
      .entities.filter((e) => e.type === "Person")
      .map((e) => e.id);

  it("after a title, the whole name's skeleton finds the person", () => {
    const ids = people("وحضر اللقاء الأمين العام للأمم المتحدة أنطونيو جوتريس.");
    expect(ids).toContain("person:antonio-guterres");
  });

  it("a given name spelled otherwise before a catalogued surname is the same person", () => {
    const ids = people("ورحب الرئيس قاسم جومرت توكاييف بالضيوف.");
    expect(ids).toEqual(["person:kassym-jomart-tokayev"]);
  });

  it("the person's own given name, spelled otherwise, makes no namesake", () => {
    const ids = people("والتقى المبعوث الأممي ستيفان دي ميستورا وزير الخارجية المغربي ناصر بوريطة.");
    expect(ids).toContain("person:staffan-de-mistura");
  });
});
