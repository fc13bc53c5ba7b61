/** Who made up each side of a gathering, told in a sentence of its own (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const events = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2023-06-14", publishedPrecision: "day" }).events;
const held = (text: string) =>
  events(text)
    .filter((e) => !e.planned)
    .map((e) => [...e.participants].filter((p) => p.startsWith("person:")).sort());

describe("a delegation sentence", () => {
  it("names the people of a gathering the sentence before told without naming anyone", () => {
    const found = held(
      "عقد وزراء الزراعة والمياه في الأردن والعراق اجتماعا اليوم في عمان لبحث تقاسم مياه الأنهار.\nوضم الوفد الأردني وزير المياه رائد أبو السعود ووزير الزراعة سامي الربيع، فيما ضم الوفد العراقي وزير الموارد المائية عون ذياب.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(3);
    expect(found[0]!.join(" ")).toMatch(/ذياب/);
  });

  it("adds the members of a received delegation to the reception", () => {
    const found = held(
      "استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وفدا أوغنديا يقوده نائب الرئيس جيسيكا ألوبو.\nويتألف الوفد الضيف من وزير الطاقة روث نانكابيروا ووزير التجارة فرانسيس موانغا.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(4);
  });

  it("adds no one to a phone call or to a visit still to come", () => {
    const found = held(
      "بحث الرئيس الغاني جون ماهاما هاتفيا اليوم مع الرئيس النيجيري بولا تينوبو أمن منطقة الساحل.\nوسيتوجه وفد غاني إلى أبوجا الأسبوع المقبل، ويضم الوفد وزير الخارجية صامويل أبلاكوا.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(2);
    expect(found.flat().join(" ")).not.toMatch(/ابلاكوا|أبلاكوا/);
  });

  it("a second `شارك` in the same sentence takes part in the same talks", () => {
    const found = held(
      "أجرى وزير الخارجية البحريني عبد اللطيف الزياني اليوم مباحثات مع نظيره العماني بدر البوسعيدي في مسقط.\nوشارك في المباحثات من الجانب البحريني السفير صلاح المالكي، بينما شارك من الجانب العماني وكيل الوزارة للشؤون الدبلوماسية خليفة الحارثي.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(4);
  });
});
