/** Odd input never crashes extraction and never yields spans that miss the text. */
import { describe, expect, it } from "vitest";
import { findDate } from "./dates/dates.ts";
import { extractArticle } from "./index.ts";

const run = (text: string, published: string | null = "2017-11-21") =>
  extractArticle(text, { id: "x", title: null, published });

describe("extractArticle on odd input", () => {
  it("returns nothing for empty, blank, punctuation-only and Latin-only text", () => {
    for (const text of ["", " \n\n ", "...،،،!!!", "Putin met Sisi in Cairo."]) {
      const ex = run(text);
      expect(ex.entities).toEqual([]);
      expect(ex.events).toEqual([]);
    }
  });

  it("survives lone titles, bidi marks and emoji, keeping spans exact", () => {
    const text = "\u200fالرئيس\u200e نظيره المصري 😀 وقع بحث الرئيس الروسي مع";
    const ex = run(text);
    for (const e of ex.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("leaves events undated when the publication date is unknown or only a month", () => {
    for (const published of [null, "2017-11"]) {
      const ex = run("التقى الرئيس فلاديمير بوتين اليوم الرئيس عبد الفتاح السيسي.", published);
      expect(ex.events.map((e) => e.date)).toEqual([null]);
    }
  });

  it("refuses impossible calendar days", () => {
    expect(findDate("في 31 فبراير", "2018-01-10")).toBeNull();
    expect(findDate("في 29 فبراير 2020", null)?.date).toBe("2020-02-29");
  });
});
