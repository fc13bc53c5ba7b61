/** A present tense in a report's body with a later-time word announces the event (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const run = (text: string, published = "2023-06-11") =>
  extractArticle(text, { id: "t", title: null, published, publishedPrecision: "day" }).events;

describe("what is still to come", () => {
  it("`في زيارة يلتقي خلالها` plans the meeting", () => {
    const text =
      "مقدمة الخبر\nوصل رئيس الوزراء العراقي محمد شياع السوداني إلى باريس مساء اليوم، في زيارة يلتقي خلالها الرئيس الفرنسي إيمانويل ماكرون.";
    const meeting = run(text).find((e) => e.participants.includes("person:emmanuel-macron"));
    expect(meeting?.planned).toBe(true);
  });

  it("`حيث يجري مباحثات … يوم الثلاثاء` after a departure is the coming Tuesday", () => {
    const text =
      "مقدمة الخبر\nغادر الرئيس عبد الفتاح السيسي القاهرة اليوم الأحد متوجها إلى موسكو، حيث يجري مباحثات مع الرئيس الروسي فلاديمير بوتين يوم الثلاثاء.";
    const [talks] = run(text);
    expect(talks).toMatchObject({ planned: true, date: "2023-06-13" });
  });

  it("`قبل أن يعقدا مؤتمرا صحفيا` tells no tense: the press conference was held", () => {
    const text =
      "مقدمة الخبر\nوقع وزير الخارجية الأردني أيمن الصفدي ونظيره العراقي فؤاد حسين اليوم مذكرة تفاهم، قبل أن يعقدا مؤتمرا صحفيا مشتركا تحدثا خلاله عن التعاون.";
    expect(run(text).every((e) => !e.planned)).toBe(true);
  });

  it("a headline's present tense reports the day's news", () => {
    const text = "الرئيس التونسي يستقبل وزير الخارجية الجزائري بعد قليل من وصوله\nنص الخبر.";
    expect(run(text).every((e) => !e.planned)).toBe(true);
  });
});
