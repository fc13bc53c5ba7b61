/** A welcome on arrival is a meeting of the guest and those who received him (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const held = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2022-11-08", publishedPrecision: "day" })
    .events.filter((e) => !e.planned)
    .map((e) => [...e.participants].sort().join("+"));

describe("a welcome", () => {
  it("`كان في استقباله X` after an arrival", () => {
    const pairs = held(
      "وصل الرئيس التونسي قيس سعيد إلى الجزائر العاصمة اليوم، وكان في استقباله الرئيس الجزائري عبد المجيد تبون.",
    );
    expect(pairs).toContain("person:abdelmadjid-tebboune+person:kais-saied");
  });

  it("`على رأس مستقبليه` takes the guest named before it", () => {
    const pairs = held(
      "وأقيم لوزير الخارجية الإيراني حسين أمير عبد اللهيان استقبال رسمي في مطار دمشق، حيث كان على رأس مستقبليه وزير الخارجية السوري فيصل المقداد.",
    );
    expect(pairs).toContain("person:faisal-mekdad+person:hossein-amir-abdollahian");
  });

  it("a bare `استقبال` (of refugees) is no meeting", () => {
    expect(held("وبحث الوزير ملف استقبال اللاجئين مع المسؤولين.")).toEqual([]);
  });
});

describe("taking part", () => {
  it("`يشارك من الجانب X …، ومن الجانب Y …` is a meeting of those named, and `يشارك فيها` joins it", () => {
    const pairs = held(
      "انطلقت اليوم في أستانا جولة جديدة من المحادثات حول سوريا.\nويشارك من الجانب الروسي المبعوث الرئاسي ألكسندر لافرينتييف، ومن الجانب التركي نائب وزير الخارجية سادات أونال.\nكما يشارك فيها المبعوث الأممي غير بيدرسون.",
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toContain("lavrentiev");
    expect(pairs[0]).toContain("pedersen");
  });

  it("a brief after a title (`للشؤون السياسية`) comes before the name", () => {
    const ids = extractArticle(
      "والتقى مستشار وزير الخارجية الإيراني للشؤون السياسية علي أصغري حاجي اليوم المبعوث الأممي غير بيدرسون.",
      { id: "t", title: null, published: "2022-11-08", publishedPrecision: "day" },
    ).entities.map((e) => e.id);
    expect(ids).toContain("person:ali-asghar-khaji");
  });
});

describe("a list after `السادة`", () => {
  it("names each guest, and a reception given to them (`خص … استقبالا`) meets them all", () => {
    const pairs = held(
      "استقبل الرئيس السنغالي اليوم بدكار وزراء خارجية ثلاث دول، ويتعلق الأمر بالسادة سيدي ولد التاه، ومامادو تانغارا، وياسين فال.",
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toContain("person:ar-سيدي-ولد-التاه");
    expect(pairs[0]).toContain("person:ar-مامادو-تانغارا");
  });
});
