/** Whose people a clause's event takes (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const held = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2019-01-18", publishedPrecision: "day" })
    .events.filter((e) => !e.planned)
    .map((e) => [...e.participants].sort().join("+"));

describe("the people of a clause", () => {
  it("`عقب مباحثاته مع X:` — the talks are an event, and what follows the colon is speech", () => {
    const pairs = held(
      "قال وزير الخارجية الروسي سيرغي لافروف عقب مباحثاته مع نظيره التركي مولود جاويش أوغلو في موسكو: إن المبعوث الأممي غير بيدرسون التقى الأسبوع الماضي وزير الخارجية السوري وليد المعلم.",
    );
    expect(pairs).toContain("person:mevlut-cavusoglu+person:sergey-lavrov");
    expect(pairs.some((p) => p.includes("lavrov") && p.includes("pedersen"))).toBe(false);
  });

  it("the participants of a conference the meeting is timed by are the conference's", () => {
    const pairs = held(
      "عقد الرئيس الفرنسي إيمانويل ماكرون صباح اليوم مباحثات مع رئيس المجلس الرئاسي الليبي محمد المنفي قبيل انطلاق مؤتمر باريس حول ليبيا بمشاركة المشير خليفة حفتر.",
    );
    expect(pairs).toEqual(["person:emmanuel-macron+person:mohamed-al-menfi"]);
  });
});

describe("who is in the room, read off real reports' phrasings", () => {
  const run = (text: string) =>
    extractArticle(text, { id: "t", title: null, published: "2023-04-18", publishedPrecision: "day" }).events;

  it("a counterpart (`نظيره`) carries no one of another office from the sentence before", () => {
    const events = run(
      "استقبل الرئيس السوري بشار الأسد اليوم وزير الخارجية العماني بدر البوسعيدي.\nوكان الوزير الضيف قد وصل صباحا، والتقى نظيره السوري فيصل المقداد.",
    );
    expect(
      events.some((e) => e.participants.join("+") === "person:bashar-al-assad+person:faisal-mekdad"),
    ).toBe(false);
  });

  it("the states after `بشأن` are a summit's subject, not its parties", () => {
    const [summit] = run("ومن المقرر أن تعقد قمة ثلاثية بين زعماء تركيا وروسيا وإيران بشأن سوريا.");
    expect(summit?.participants).not.toContain("country:syria");
  });

  it("a gathering named as a venue (`بمقر انعقاد القمة`) is no event of its own", () => {
    const events = run(
      "التقى الرئيس الروسي فلاديمير بوتين اليوم نظيره الأمريكي جو بايدن بمقر انعقاد قمة العشرين بحضور وزيري الخارجية سيرغي لافروف وأنتوني بلينكن.",
    );
    expect(events.every((e) => e.type !== "Summit")).toBe(true);
  });

  it("guests received one after another (`وقبل ذلك`) met the host, not each other", () => {
    const events = run(
      "استقبل المشير خليفة حفتر اليوم سفير إيطاليا جوزيبي بوتشينو، وقبل ذلك المبعوث الأممي عبدالله باتيلي.",
    );
    expect(events.every((e) => e.participants.length === 2)).toBe(true);
  });

  it("a signing `مع` an unnamed side carries no one over", () => {
    const events = run(
      "استقبل الرئيس المصري عبد الفتاح السيسي اليوم ولي العهد السعودي محمد بن سلمان.\nكما وقعت وزيرة التعاون الدولي سحر نصر اتفاقية مع الصندوق السعودي للتنمية.",
    );
    expect(events.some((e) => e.type === "Agreement")).toBe(false);
  });
});
