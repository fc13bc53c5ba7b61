/**
 * Namesakes the catalog tells apart by enough of each name: the Syrian defence minister Ali Mahmoud
 * Abbas is not the Palestinian president Mahmoud Abbas. Invented sentences, read by the extractor.
 */
import { describe, expect, it } from "vitest";
import type { ArticleMeta } from "../../model/extraction.ts";
import { extractArticle } from "../extract/index.ts";

function peopleIn(text: string, published: string): string[] {
  const meta: ArticleMeta = { id: "t", title: null, published, source: null, language: "ar" };
  return extractArticle(text, meta)
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.id)
    .sort();
}

describe("namesakes", () => {
  it("reads علي محمود عباس as the Syrian defence minister, not the Palestinian president", () => {
    const text =
      "دمشق - بحث وزير الدفاع السوري العماد علي محمود عباس اليوم مع وزير الدفاع الروسي سيرغي شويغو سبل التعاون العسكري.";
    expect(peopleIn(text, "2023-03-01")).toEqual(["person:ali-mahmoud-abbas", "person:sergei-shoigu"]);
  });

  it("still reads محمود عباس alone as the Palestinian president", () => {
    const text = "رام الله - استقبل الرئيس الفلسطيني محمود عباس اليوم وزير الخارجية الأردني أيمن الصفدي.";
    expect(peopleIn(text, "2023-03-01")).toEqual(["person:ayman-safadi", "person:mahmoud-abbas"]);
  });

  it("resolves the Syrian defence minister's title to the holder on the article's date", () => {
    const text = "التقى وزير الدفاع السوري في دمشق اليوم وفدا عسكريا روسيا برئاسة ألكسندر فومين.";
    expect(peopleIn(text, "2023-03-01")).toContain("person:ali-mahmoud-abbas");
    expect(peopleIn(text, "2019-03-01")).toContain("person:ali-abdullah-ayyoub");
  });
});
