/** A clause's date and planning words stay in that clause (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const run = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2023-05-14", publishedPrecision: "day" }).events;

describe("clauses of one sentence", () => {
  it("a coming visit told after `، فيما` does not make the day's talks planned", () => {
    const [talks] = run(
      "التقى وزير الخارجية المصري سامح شكري رئيس الوزراء العراقي محمد شياع السوداني في بغداد، فيما يزور السوداني القاهرة الأربعاء المقبل.",
    );
    expect(talks).toMatchObject({ planned: false, date: "2023-05-14" });
  });

  it("`، ومن المقرر أن` plans only what follows it", () => {
    const events = run(
      "استقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف، ومن المقرر أن يتوجه عطاف غدا إلى الجزائر.",
    );
    const held = events.filter((e) => !e.planned).map((e) => e.participants.join("+"));
    expect(held).toHaveLength(1);
    expect(held[0]).toContain("kais-saied");
  });
});

describe("a day stated later, or the sentence before", () => {
  it("a later sentence's own day replaces the publication day taken for the event", () => {
    const [talks] = run(
      "بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره العراقي فؤاد حسين تطورات المنطقة.\nوذكرت الخارجية الأردنية في بيان أمس السبت أن الوزيرين تناولا خلال لقائهما ملف المياه.",
    );
    expect(talks?.date).toBe("2023-05-13");
  });

  it("a sentence with no day continues the scene of the sentence before", () => {
    const events = run(
      "وصل وزير الخارجية الروسي سيرغي لافروف إلى الجزائر مساء أمس.\nواستقبل وزير الخارجية الجزائري أحمد عطاف نظيره الروسي في المطار.",
    );
    expect(events[0]?.date).toBe("2023-05-13");
  });
});
