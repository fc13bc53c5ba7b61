/**
 * A gathering recalled from another time takes no one from today's event, and two calls the clause
 * gives no caller for pair no one (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const read = (text: string, published = "2023-06-20") =>
  extractArticle(text, { id: "t", title: null, published, publishedPrecision: "day" }).events;
const pairsOf = (text: string, published?: string) =>
  read(text, published)
    .filter((e) => !e.planned)
    .map((e) => `${e.type}:${[...e.participants].sort().join("+")}`);

describe("a recalled gathering", () => {
  const text = [
    "استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم وزير الخارجية الإسباني خوسيه مانويل ألباريس.",
    "وحضر اللقاء أمين عام وزارة الخارجية الأردنية سفيان القضاة.",
    "وتأتي الزيارة بعد القمة الأوروبية العربية التي عقدت في بروكسل في آذار الماضي برئاسة العاهل الأردني الملك عبد الله الثاني، وشارك فيها رئيس الوزراء الإسباني بيدرو سانشيز.",
  ].join("\n");

  it("keeps today's guests out of the summit recalled from March", () => {
    const summit = read(text).find((e) => e.type === "Summit");
    expect(summit?.participants.sort()).toEqual(["person:king-abdullah-ii", "person:pedro-sanchez"]);
    expect(summit?.date).toBe("2023-03");
  });

  it("keeps the summit's people out of today's meeting", () => {
    const today = read(text).find((e) => e.type === "Meeting" && e.date === "2023-06-20");
    expect(today?.participants).not.toContain("person:pedro-sanchez");
    expect(today?.participants).toContain("person:jose-manuel-albares");
  });

  it("a verb's unstated subject still makes a call recalled from last month", () => {
    const calls = pairsOf(
      "استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية الإيطالي أنطونيو تاياني.\nكما تلقى اتصالا هاتفيا من الرئيس الجزائري عبد المجيد تبون يوم 12 أيار الماضي.",
    );
    expect(calls).toContain("PhoneCall:person:abdelmadjid-tebboune+person:kais-saied");
  });
});

describe("a journey", () => {
  it("told for a later day dates the meeting where the traveller is going", () => {
    const evs = read(
      "وتلقى وزير الخارجية المغربي ناصر بوريطة أمس اتصالا هاتفيا من نظيره الإسباني خوسيه مانويل ألباريس.\nويتوجه بوريطة بعد غد إلى لشبونة، حيث يلتقي وزير الخارجية البرتغالي باولو رانجيل.",
      "2025-03-10",
    );
    const lisbon = evs.find((e) => e.participants.includes("person:nasser-bourita") && e.type === "Meeting");
    expect(lisbon).toMatchObject({ date: "2025-03-12", planned: true });
  });
});

describe("two calls", () => {
  it("with no caller named before them pair neither of those called", () => {
    const pairs = pairsOf(
      "وقال الرئيس الكيني للصحفيين إنه أجرى في وقت سابق اليوم اتصالين هاتفيين بالرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس.",
    );
    expect(pairs).not.toContain("PhoneCall:person:emmanuel-macron+person:olaf-scholz");
  });

  it("with their caller named are one call each", () => {
    const pairs = pairsOf(
      "أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالين هاتفيين بالرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس.",
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        "PhoneCall:person:emmanuel-macron+person:recep-tayyip-erdogan",
        "PhoneCall:person:olaf-scholz+person:recep-tayyip-erdogan",
      ]),
    );
    expect(pairs).not.toContain("PhoneCall:person:emmanuel-macron+person:olaf-scholz");
  });
});
