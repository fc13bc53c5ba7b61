/**
 * Who is named but not in the room (senders and addressees of a message, an envoy's principal) and
 * who attends which event (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const events = (text: string, published = "2024-05-20") =>
  extractArticle(text, { id: "t", title: null, published, publishedPrecision: "day" }).events;
const peopleOf = (text: string, published?: string) =>
  events(text, published).map((e) => [...e.participants].sort());

describe("a message", () => {
  it("to a first and, after a comma, a second addressee keeps both out of the room", () => {
    const ps = peopleOf(
      "استقبل وزير الدفاع السعودي خالد بن سلمان اليوم وزير الدفاع الباكستاني خواجة آصف.\nونقل الوزير الباكستاني في مستهل اللقاء تحيات رئيس الوزراء الباكستاني شهباز شريف لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ولصاحب السمو الملكي الأمير محمد بن سلمان ولي العهد.",
    );
    expect(ps.flat()).not.toContain("person:mohammed-bin-salman");
    expect(ps.flat()).not.toContain("person:king-salman");
  });

  it("from a sender named after a comma and an honorific keeps the sender out", () => {
    const ps = peopleOf(
      "استقبل الرئيس الجزائري عبد المجيد تبون اليوم وزير الخارجية الكوبي برونو رودريغيز، الذي سلمه رسالة من نظيره الكوبي، السيد ميغيل دياز كانيل.",
    );
    expect(ps.flat().filter((p) => p.includes("كانيل") || p.includes("canel"))).toEqual([]);
    expect(ps.flat()).toContain("person:abdelmadjid-tebboune");
  });

  it("from the head of a council `في اليمن` keeps him out", () => {
    const ps = peopleOf(
      "التقى وزير الخارجية الروسي سيرغي لافروف اليوم وزير الخارجية اليمني شائع الزنداني.\nوسلم الزنداني خلال اللقاء رسالة من رئيس مجلس القيادة الرئاسي في اليمن رشاد العليمي.",
    );
    expect(ps.flat()).not.toContain("person:rashad-al-alimi");
  });
});

describe("an envoy", () => {
  it("`المبعوث الخاص للرئيس الروسي X` leaves X at home", () => {
    const ps = peopleOf(
      "استقبل الرئيس اللبناني جوزاف عون اليوم ميخائيل بوغدانوف المبعوث الخاص للرئيس الروسي فلاديمير بوتين إلى الشرق الأوسط.",
    );
    expect(ps).toContainEqual(["person:joseph-aoun", "person:mikhail-bogdanov"]);
    expect(ps.flat()).not.toContain("person:vladimir-putin");
  });
});

describe("who attends", () => {
  it("a meeting held in parallel (`وبالتوازي مع لقاء …`) has only its own people", () => {
    const ps = peopleOf(
      "استقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيس الوزراء الإسباني بيدرو سانشيز.\nوبالتوازي مع لقاء رئيس الجمهورية بضيفه، عقد وزير الخارجية الجزائري أحمد عطاف اجتماعا مع وزير الخارجية الإسباني خوسيه مانويل ألباريس.",
    );
    expect(ps).toContainEqual(["person:ahmed-attaf", "person:jose-manuel-albares"]);
    expect(
      ps.filter((p) => p.includes("person:ahmed-attaf") && p.includes("person:abdelmadjid-tebboune")),
    ).toEqual([]);
  });

  it("those a signing was done before (`بحضور`) witnessed it and did not sign", () => {
    const ps = peopleOf(
      "ووقع وزير الخارجية الجزائري أحمد عطاف ووزير الخارجية الإسباني خوسيه مانويل ألباريس مذكرة تفاهم، بحضور الرئيس الجزائري عبد المجيد تبون ورئيس الوزراء الإسباني بيدرو سانشيز.",
    );
    expect(ps).toEqual([["person:ahmed-attaf", "person:jose-manuel-albares"]]);
  });

  it("`حضرها` after a fresh trigger attends that event, not the one told before", () => {
    const evs = events(
      "حضر الرئيس الصيني شي جين بينغ اليوم القمة الصينية العربية في الرياض، والتي ترأسها ولي العهد السعودي الأمير محمد بن سلمان، بمشاركة أمير قطر الشيخ تميم بن حمد آل ثاني.\nوكان شي قد أجرى أمس محادثات مع ولي العهد السعودي الأمير محمد بن سلمان، حضرها وزير الخارجية الصيني وانغ يي.",
      "2022-12-09",
    );
    const yesterday = evs.find((e) => e.date === "2022-12-08");
    expect(yesterday?.participants).toContain("person:wang-yi");
    expect(evs.filter((e) => e.date === "2022-12-09").flatMap((e) => e.participants)).not.toContain(
      "person:wang-yi",
    );
  });

  it("`حضرة صاحب الجلالة` opening a second audience is a style, not attending the first", () => {
    const ps = peopleOf(
      "استقبل رئيس الوزراء البحريني الأمير خليفة بن سلمان آل خليفة اليوم رئيس الوزراء الأردني عمر الرزاز.\nوكان حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة قد استقبل الرزاز صباح اليوم بحضور ولي العهد الأمير سلمان بن حمد آل خليفة.",
      "2019-10-14",
    );
    expect(ps).toContainEqual(["person:hamad-bin-isa", "person:omar-razzaz", "person:salman-bin-hamad"]);
    expect(ps).toContainEqual(["person:khalifa-bin-salman", "person:omar-razzaz"]);
  });

  it("`المكالمة التي جمعت X بـ Y` is X's and Y's, whoever the sentence is about", () => {
    const ps = peopleOf(
      "وتأتي زيارة الوزير الكوبي برونو رودريغيز إلى الجزائر عقب المكالمة الهاتفية التي جمعت الرئيس تبون بالرئيس الكوبي ميغيل دياز كانيل في جانفي الفارط.",
      "2024-03-12",
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toContain("person:abdelmadjid-tebboune");
    expect(ps[0]!.some((p) => p.includes("كانيل"))).toBe(true);
    expect(ps.flat().filter((p) => p.includes("رودريغيز"))).toEqual([]);
  });
});
