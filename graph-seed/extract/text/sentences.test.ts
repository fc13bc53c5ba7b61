/** Where sentences end, with their offsets in the article (invented sentences). */
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("sentences", () => {
  it("end at a full stop before white space, and keep their offsets", () => {
    const text = "التقى الوزيران اليوم.  وبحثا التعاون.\nوفي المساء عقدا مؤتمرا صحفيا!";
    const found = splitSentences(text);
    expect(found.map((s) => s.text)).toEqual([
      "التقى الوزيران اليوم.",
      "وبحثا التعاون.",
      "وفي المساء عقدا مؤتمرا صحفيا!",
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("end at a full stop glued between two Arabic words, also after a closing quote", () => {
    expect(texts("وصل الوزير أمس.وقال إن الزيارة مهمة")).toEqual(["وصل الوزير أمس.", "وقال إن الزيارة مهمة"]);
    expect(texts('وقال: "الزيارة مهمة".وكان قد وصل أمس')).toEqual([
      'وقال: "الزيارة مهمة".',
      "وكان قد وصل أمس",
    ]);
  });

  it("do not end inside an abbreviation or a number", () => {
    expect(texts("التقى د.محمد العلي بنسبة 2.5 بالمئة")).toHaveLength(1);
  });
});
