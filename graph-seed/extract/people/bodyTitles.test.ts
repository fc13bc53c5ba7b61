/** Titles that name a body or a double portfolio before the person (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const persons = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2024-03-02", publishedPrecision: "day" })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name.ar);

const received = (title: string) => `استقبل رئيس الوزراء اللبناني نواف سلام اليوم ${title} في بيروت.`;

describe("titles before a name", () => {
  it("an agency's head: `رئيس جهاز …` and `رئيس هيئة …` with the agency's definite name", () => {
    expect(persons(received("رئيس جهاز أمن الدولة العام طوني قهوجي"))).toContain("طوني قهوجي");
    expect(persons(received("رئيس هيئة الأركان العامة رودولف هيكل"))).toContain("رودولف هيكل");
  });

  it("`العامة` ends a catalogued agency's title instead of starting the name", () => {
    const found = persons(received("مدير جهاز المخابرات العامة أحمد الحسيني"));
    expect(found).toContain("أحمد الحسيني");
    expect(found.join(" ")).not.toMatch(/العامة/);
  });

  it("a minister's second portfolio after a clitic `و`, even when it is a topic word", () => {
    const found = persons(received("وزير الخارجية يوسف رجي ووزير الطاقة والمياه جو صدي"));
    expect(found).toContain("جو صدي");
  });

  it("the ministry an official serves (`لوزارة الخارجية`, `بوزارة الدفاع`) before the name", () => {
    expect(persons(received("الوزير المفوض لوزارة الخارجية كريم الحسن"))).toContain("كريم الحسن");
    expect(persons(received("المستشار بوزارة الدفاع وليد الشامي"))).toContain("وليد الشامي");
  });

  it("an under-secretary: `وكيل الوزارة` with a brief", () => {
    expect(persons(received("وكيل الوزارة للشؤون القنصلية هاني شميطلي"))).toContain("هاني شميطلي");
  });
});

describe("what stands after a title without being a name", () => {
  it("a holder's standing (`المنتخب حديثاً`) between the title and the name", () => {
    const found = persons(
      "استقبل الملك عبدالله الثاني اليوم الرئيس الإندونيسي المنتخب حديثًا، برابوو سوبيانتو، في عمان.",
    );
    expect(found.join(" ")).not.toMatch(/المنتخب|حديث/);
  });

  it("an adverb written with tanween (`شخصياً`) right after a title", () => {
    const found = persons("وأضاف أنه يأمل في لقاء الرئيس البرازيلي شخصيًا.");
    expect(found.join(" ")).not.toMatch(/شخصي/);
  });

  it("the city of a city's office (`عمدة روما`) before the name", () => {
    expect(persons("التقى رئيس الوزراء الإيطالي اليوم عمدة روما روبرتو غوالتيري.")).toContain(
      "روبرتو غوالتيري",
    );
  });

  it("a secretary's body (`أمين سر اللجنة …`) before the name", () => {
    const found = persons(
      "وصل الرئيس الفلسطيني إلى الرياض اليوم. ويرافق الرئيس، أمين سر اللجنة المركزية لحركة فتح جبريل الرجوب.",
    );
    expect(found.join(" ")).not.toMatch(/سر اللجن/);
  });
});

describe("two offices of one person", () => {
  it("`رئيس الوزراء وزير الخارجية X` is X, not the prime minister named before", () => {
    const { events } = extractArticle(
      "استقبل الرئيس اللبناني جوزاف عون أمس رئيس الوزراء الأردني جعفر حسان في بيروت.\nوكان رئيس الوزراء وزير الخارجية ناجي العلي قد بحث الأسبوع الماضي في اتصال هاتفي مع نظيره السوري آخر التطورات.",
      { id: "t", title: null, published: "2025-03-12", publishedPrecision: "day" },
    );
    const call = events.find((e) => e.type === "PhoneCall");
    expect(call?.participants.join(" ")).toMatch(/العلي/);
    expect(events.flatMap((e) => (e.type === "PhoneCall" ? e.participants : [])).join(" ")).not.toMatch(
      /hassan|حسان/,
    );
  });
});
