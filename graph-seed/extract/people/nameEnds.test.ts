/** Where a name found from context ends, and what never starts one (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const read = (text: string, published = "2023-10-10") =>
  extractArticle(text, { id: "t", title: null, published, publishedPrecision: "day" });
const names = (text: string, published?: string) =>
  read(text, published)
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name.ar);

describe("a name after a title ends", () => {
  it("before an epithet of the title and a palace glued to `ب`", () => {
    const found = names(
      "المنامة - استقبل رئيس الوزراء الموقر بقصر القضيبية اليوم رئيس وزراء جمهورية سيشل أحمد عفيف.",
    );
    expect(found.filter((n) => n.includes("الموقر") || n.includes("بقصر"))).toEqual([]);
  });

  it("at a rank's grade word, which is part of the rank", () => {
    expect(names("وحضر اللقاء رئيس هيئة الأركان العامة الفريق أول الركن سالم بن حمد النابت.")).toContain(
      "سالم بن حمد النابت",
    );
  });

  it("at an office noun, which starts the next title", () => {
    const found = names("بحضور ولي العهد نائب القائد الأعلى النائب الأول لرئيس مجلس الوزراء.");
    expect(found.filter((n) => n.includes("النائب"))).toEqual([]);
  });

  it("at the verb after it: a dual past verb, a participle, `سلّم`", () => {
    const found = names(
      [
        "وقال رئيس الوزراء الكرواتي أندريه بلينكوفيتش بحثا خلال اللقاء التعاون.",
        "وأضاف وزير الخارجية الغاني صموئيل أبلاكوا مؤكدا أن بلاده ترحب.",
        "وأفاد المتحدث بأن الوزير كوفي أدو سلم الوزير رسالة.",
      ].join("\n"),
    );
    expect(found).toEqual(expect.arrayContaining(["أندريه بلينكوفيتش", "صموئيل أبلاكوا", "كوفي أدو"]));
    expect(found.filter((n) => /بحثا|مؤكدا|سلم/.test(n))).toEqual([]);
  });
});

describe("a place after a title", () => {
  it("is no name when its first word opens place names (`عين`, `دير`)", () => {
    const found = names("وغادر المبعوث الأممي عين التينة من دون أن يدلي بتصريح، ثم زار الوزير دير القمر.");
    expect(found.filter((n) => n.includes("التينة") || n.includes("القمر"))).toEqual([]);
  });
});

describe("a family name alone", () => {
  it("after a title is the one the article named in full, not a catalogued namesake", () => {
    const ex = read(
      "استقبل الرئيس اللبناني اليوم السفير السعودي في لبنان وليد بخاري.\nوحضر اللقاء السفير بخاري ووزير الخارجية.",
    );
    expect(ex.entities.map((e) => e.id)).not.toContain("person:muhammadu-buhari");
  });

  it("before `صباح اليوم` is that person: the morning is no given name", () => {
    const ex = read(
      "استقبل الملك اليوم رئيس الوزراء الأردني عمر الرزاز.\nوكان الأمير قد استقبل الرزاز صباح اليوم.",
    );
    expect(ex.entities.find((e) => e.id === "person:omar-razzaz")?.mentions).toHaveLength(2);
  });

  it("after another person's catalogued family name is still that person", () => {
    const ex = read(
      "بحث نائب وزير الخارجية الروسي ميخائيل بوغدانوف اليوم مع وزير الخارجية اليمني شائع الزنداني العلاقات.\nوأفادت الوزارة بأن الزنداني سلم بوغدانوف خلال اللقاء رسالة.",
      "2024-07-18",
    );
    const bogdanov = ex.entities.find((e) => e.id === "person:mikhail-bogdanov");
    expect(bogdanov?.mentions).toHaveLength(2);
  });
});
