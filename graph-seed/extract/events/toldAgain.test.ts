/**
 * Sentences that speak of the gathering already told: its delegation in the talks, an encounter timed
 * by it, a visit still to come talked about in it (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const events = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2024-02-07", publishedPrecision: "day" }).events;
const people = (ps: string[]) => ps.filter((p) => p.startsWith("person:")).sort();

describe("the gathering already told", () => {
  it("`وضم الجانب … في المباحثات` widens the talks instead of starting new ones", () => {
    const found = events(
      "أجرى وزير الخارجية البحريني عبد اللطيف الزياني اليوم مباحثات مع وزير خارجية منغوليا باتمونخ باتسيتسيغ.\nوضم الجانب البحريني في المباحثات وكيل الوزارة للشؤون السياسية الشيخ عبد الله بن أحمد آل خليفة.",
    ).filter((e) => e.type === "Meeting");
    expect(found).toHaveLength(1);
    expect(people(found[0]!.participants)).toHaveLength(3);
  });

  it("an encounter recalled as `قبيل الاجتماع الثلاثي` is dated on the meeting's day", () => {
    const found = events(
      "استضاف الرئيس الكيني وليام روتو أمس الثلاثاء في نيروبي اجتماعا ثلاثيا مع الرئيس الرواندي بول كاغامي ورئيس الكونغو الديمقراطية فيليكس تشيسكيدي.\nوكان روتو قد التقى كاغامي على انفراد قبيل الاجتماع الثلاثي.",
    );
    // Dated, it may fold into the meeting of that day; either way no undated meeting is left.
    expect(found.filter((e) => e.date === null)).toEqual([]);
    const together = found.filter(
      (e) => e.participants.includes("person:william-ruto") && e.participants.includes("person:paul-kagame"),
    );
    expect(together.map((e) => e.date)).toEqual(together.map(() => "2024-02-06"));
  });

  it("an encounter with no timing of its own stays undated when recalled", () => {
    const found = events(
      "استضاف الرئيس الكيني وليام روتو أمس الثلاثاء في نيروبي اجتماعا ثلاثيا مع الرئيس الرواندي بول كاغامي ورئيس الكونغو الديمقراطية فيليكس تشيسكيدي.\nوكان روتو قد التقى تشيسكيدي في كينشاسا لبحث الأمن في شرق البلاد.",
    );
    const pair = found.find((e) => e.background);
    expect(pair).toBeDefined();
    expect(pair?.date ?? null).toBeNull();
  });

  it("the visitor of a visit still to come is not in today's call", () => {
    const found = events(
      "بحث وزير الخارجية الهندي سوبرامانيام جايشانكار هاتفيا مع نظيره الكيني موساليا مودافادي التحضيرات لزيارة مرتقبة للرئيس الكيني إلى نيودلهي.",
    ).filter((e) => e.type === "PhoneCall");
    expect(found).toHaveLength(1);
    expect(people(found[0]!.participants)).toHaveLength(2);
  });
});

describe("nationalities of more than one word", () => {
  it("`الجنوب أفريقي`, `الكوري الجنوبي`, `التركمانستاني` name their states", () => {
    const ids = extractArticle(
      "التقى الرئيس الجنوب أفريقي سيريل رامافوزا الرئيس الكوري الجنوبي في سيول، بحضور وزير الخارجية التركمانستاني.",
      { id: "t", title: null, published: "2024-02-07", publishedPrecision: "day" },
    ).entities.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(["country:south-africa", "country:south-korea", "country:turkmenistan"]),
    );
  });
});

describe("calls and what was said", () => {
  it("`اتصل ب…` is a phone call, `فيما يتصل ب…` is none", () => {
    const call = events(
      "واتصل الرئيس الكيني وليام روتو اليوم بنظيره التنزاني سامية صولحو حسن وهنأها بالعيد.",
    );
    expect(call.map((e) => e.type)).toEqual(["PhoneCall"]);
    const none = events("وبحث الوزير التعاون فيما يتصل بالملف الأمني مع السفير.");
    expect(none.filter((e) => e.type === "PhoneCall")).toEqual([]);
  });

  it("who is named after `، مشيراً إلى` is not in the reception before it", () => {
    const found = events(
      "وأكد الرئيس الكيني وليام روتو، خلال استقباله وزير الخارجية البريطاني ديفيد لامي، دعم بلاده للسلام، مشيراً إلى ما اتفق عليه مع الرئيس الرواندي بول كاغامي خلال اتصالهما الأخير.",
    ).filter((e) => e.type === "Meeting");
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).not.toContain("person:paul-kagame");
  });
});
