/** A catalogued name inside a longer one is someone else's (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const people = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2022-12-28", publishedPrecision: "day" })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.id);

describe("namesakes", () => {
  it("a given name before `محمود عباس` makes another man", () => {
    const ids = people("التقى وزير الدفاع الروسي سيرغي شويغو اليوم نظيره السوري علي محمود عباس في موسكو.");
    expect(ids).not.toContain("person:mahmoud-abbas");
    expect(ids).toContain("person:sergei-shoigu");
  });

  it("a title before the catalogued name keeps it", () => {
    const ids = people("استقبل الملك عبد الله الثاني اليوم الرئيس الفلسطيني محمود عباس في عمان.");
    expect(ids).toEqual(expect.arrayContaining(["person:king-abdullah-ii", "person:mahmoud-abbas"]));
  });
});
