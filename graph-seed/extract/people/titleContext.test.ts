/**
 * What stands next to a title and is no new person: a greeting sent to its holder, the tail of a
 * state's long name, a name the article already gave in full, a family name already introduced
 * (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const people = (text: string, published = "2024-02-12") =>
  extractArticle(text, { id: "t", title: null, published, publishedPrecision: "day" }).entities.filter(
    (e) => e.type === "Person",
  );
const ids = (text: string, published?: string) => people(text, published).map((e) => e.id);

describe("beside a title", () => {
  it("greetings sent to the title's holder are not a name", () => {
    const found = ids(
      "استقبل رئيس الجمهورية الغاني جون ماهاما اليوم وزير خارجية توغو روبير دوسي، الذي نقل إلى رئيس الجمهورية تحيات أخيه الرئيس فور غناسينغبي.",
    );
    expect(found.filter((id) => id.includes("تحيات"))).toEqual([]);
  });

  it("the tail of a state's long name is not a name", () => {
    const found = ids(
      "التقى وزير الخارجية المصري اليوم قاسم مجالي رئيس وزراء جمهورية تنزانيا المتحدة، الذي يزور مصر حاليا.",
    );
    expect(found.filter((id) => id.includes("المتحده"))).toEqual([]);
  });

  it("a later `معالي` with the last words of a name given before is that person", () => {
    const found = ids(
      "استقبل وزير الخارجية القطري اليوم معالي أوسكار ألفارو مونتيرو وزير خارجية بوليفيا.\nووقع الجانبان بعد ذلك بحضور معالي ألفارو مونتيرو مذكرة تفاهم.",
    );
    expect(found.filter((id) => id.includes("مونتيرو"))).toHaveLength(1);
  });

  it("`الرئيس عون` after `جوزاف عون` is Aoun, not the president the article spoke of most", () => {
    const ex = extractArticle(
      [
        "استقبل رئيس الجمهورية العماد جوزاف عون اليوم الرئيس الفرنسي إيمانويل ماكرون.",
        "وقال الرئيس ماكرون إن بلاده تدعم لبنان، وأضاف الرئيس الفرنسي أن أوروبا ستساعد.",
        "وكان الرئيس عون قد استقبل في وقت سابق اليوم وزير الخارجية الأردني أيمن الصفدي.",
      ].join("\n"),
      { id: "t", title: null, published: "2025-03-04", publishedPrecision: "day" },
    );
    const safadi = ex.events.find((e) => e.participants.includes("person:ayman-safadi"));
    expect(safadi?.participants).toEqual(["person:ayman-safadi", "person:joseph-aoun"]);
  });
});
