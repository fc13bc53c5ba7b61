/**
 * Who is in the room of a reception: not the sender and the addressee of a message, whichever comes
 * first; the owner of `خلال لقائه`; the one an honorific's pronoun points back at; not the maker of a
 * tour the clause times its event by (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const events = (text: string, published = "2023-11-08") =>
  extractArticle(text, { id: "t", title: null, published, publishedPrecision: "day" }).events;
const meetings = (text: string) => events(text).filter((e) => e.type === "Meeting");

describe("who is in the room", () => {
  it("the sender named after the addressee, and the addressee after the sender, are not", () => {
    const found = meetings(
      "استقبل وزير الخارجية البحريني عبد اللطيف الزياني اليوم وزير خارجية غانا صموئيل أبلاكوا.\nوتسلم الزياني خلال اللقاء رسالة خطية لملك البحرين حمد بن عيسى آل خليفة، من الرئيس الغاني جون ماهاما، تتعلق بالعلاقات الثنائية.",
    );
    const everyone = meetings.length ? found.flatMap((e) => e.participants) : [];
    expect(everyone.some((p) => p.includes("hamad") || p.includes("حمد"))).toBe(false);
    expect(everyone.some((p) => p.includes("mahama") || p.includes("ماهاما"))).toBe(false);
  });

  it("`بحث X … خلال لقائه Y` is X's meeting with Y", () => {
    const found = meetings(
      "بحث الرئيس الغاني جون ماهاما العلاقات الثنائية خلال لقائه اليوم السفير الياباني تاكاشي أوكادا.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.participants.some((p) => p.includes("mahama") || p.includes("ماهاما"))).toBe(true);
  });

  it("`معاليه` is the one styled `معالي`, not the ambassador who attended", () => {
    const found = events(
      "استقبل معالي وزير الخارجية الأستاذ عبد اللطيف الزياني اليوم المبعوث الأممي هانس غروندبرغ.\nحضر الاستقبال سفير البحرين لدى اليمن خالد الحداد.\nمن جهة أخرى، أجرى معاليه مساء أمس اتصالا هاتفيا بوزير الخارجية الياباني يوكو كاميكاوا.",
    ).filter((e) => e.type === "PhoneCall");
    expect(found).toHaveLength(1);
    expect(found[0]!.participants.join(" ")).not.toMatch(/الحداد/);
  });

  it("the one who made a tour the visit follows is not in today's meeting", () => {
    const found = meetings(
      "استقبل سلطان عمان هيثم بن طارق اليوم أمير قطر الشيخ تميم بن حمد آل ثاني، الذي يقوم بأول زيارة للسلطنة عقب الجولة التي قام بها الرئيس التركي رجب طيب أردوغان في المنطقة الشهر الماضي.",
    );
    expect(found.flatMap((e) => e.participants)).not.toContain("person:recep-tayyip-erdogan");
  });

  it("`خادم الحرمين الشريفين` is the king of Saudi Arabia on the day", () => {
    const found = meetings("واستقبل خادم الحرمين الشريفين في جدة اليوم الرئيس الغاني جون ماهاما.");
    expect(found[0]?.participants).toContain("person:king-salman");
  });
});

describe("sides named without a name, and those served", () => {
  it("no one is carried over for `المسؤول الصيني`, and a deputy's president is not in the room", () => {
    const found = events(
      "استقبل الرئيس الكيني وليام روتو أمس وزير الخارجية الصيني.\n\nوكان النائب الأول للرئيس الكيني كيثوري كينديكي في استقبال المسؤول الصيني بمطار نيروبي.",
    );
    const pairs = found.map((e) => [...e.participants].sort().join("+"));
    expect(pairs.filter((p) => p.includes("كينديكي") && p.includes("william-ruto"))).toEqual([]);
  });

  it("`كما التقى` after a list: the sentence's subject met each of them, not they one another", () => {
    const found = events(
      "والتقى المبعوث الأممي هانس غروندبرغ في الرياض رئيس الوزراء اليمني سالم بن بريك، كما التقى سفير اليابان لدى اليمن كاتسويوشي هاياشي، وسفير ألمانيا لدى اليمن هوبرت ييغر.",
    );
    const pairs = found.map((e) => [...e.participants].sort().join("+"));
    expect(pairs.filter((p) => p.includes("هاياشي") && p.includes("ييغر"))).toEqual([]);
    expect(pairs.filter((p) => p.includes("hans-grundberg") && p.includes("هاياشي"))).toHaveLength(1);
  });

  it("a long foreign family name one letter off is the catalogued person", () => {
    const found = events("والتقى غروندبيرغ في عدن رئيس الوزراء اليمني سالم بن بريك.");
    expect(found[0]?.participants).toContain("person:hans-grundberg");
  });
});

describe("monarchs and long state names", () => {
  it("`عاهل البلاد` followed by the king's name is that king, not the first state's monarch", () => {
    const found = events(
      "استقبل عاهل البلاد صاحب الجلالة الملك حمد بن عيسى آل خليفة اليوم رئيسة وزراء المملكة المتحدة تيريزا ماي.",
      "2016-12-05",
    );
    expect(found.flatMap((e) => e.participants)).not.toContain("person:elizabeth-ii");
    expect(found[0]?.participants).toContain("person:hamad-bin-isa");
  });

  it("the queen of the United Kingdom and Northern Ireland is the UK's, not Ireland's", () => {
    const ex = extractArticle(
      "استقبلت ملكة المملكة المتحدة وشمال أيرلندا الملكة إليزابيث الثانية في قصر باكنغهام أمس ملك البحرين.",
      { id: "t", title: null, published: "2016-10-25", publishedPrecision: "day" },
    );
    const ids = ex.entities.map((e) => e.id);
    expect(ids).toContain("person:elizabeth-ii");
    expect(ids).not.toContain("country:ireland");
  });
});

describe("those who received a guest", () => {
  it("`في مقدمة مستقبلي سموه` and `مستقبلي الأمير` tell a welcome of the guest they name", () => {
    const first = events(
      "وصل ولي العهد السعودي الأمير محمد بن سلمان اليوم إلى جاكرتا.\nوكان الرئيس الإندونيسي برابوو سوبيانتو في مقدمة مستقبلي الأمير في القصر الرئاسي.",
      "2025-03-04",
    );
    expect(
      first.some(
        (e) =>
          e.participants.includes("person:mohammed-bin-salman") &&
          e.participants.includes("person:prabowo-subianto"),
      ),
    ).toBe(true);
  });
});

describe("read after the fourth blind set", () => {
  it("the leaders relations grow `تحت قيادة` are not in the room", () => {
    const found = events(
      "أجرى وزير الخارجية الغاني صموئيل أبلاكوا اليوم مباحثات مع نظيره المغربي ناصر بوريطة.\nواستعرض الجانبان خلال اللقاء العلاقات الثنائية تحت قيادة الملك محمد السادس والرئيس الغاني جون ماهاما.",
    );
    const everyone = found.flatMap((e) => e.participants);
    expect(everyone).not.toContain("person:king-mohammed-vi");
  });

  it("`قمة مرتقبة` is planned", () => {
    const found = events(
      "قمة مرتقبة بين الرئيس الكيني وليام روتو والرئيس التنزاني سامية صولحو حسن في أروشا.",
    );
    expect(found.every((e) => e.planned)).toBe(true);
  });

  it("`وعقب المحادثة` after a phone call is that call, not a meeting", () => {
    const found = events(
      "أجرى الرئيس الكيني وليام روتو مساء أمس محادثة هاتفية مع الرئيس الأمريكي دونالد ترامب.\nوعقب المحادثة، نشر روتو تغريدة قال فيها إنه سعيد بالحديث مع ترامب.",
    );
    expect(found.map((e) => e.type)).toEqual(["PhoneCall"]);
  });
});

describe("credentials", () => {
  it("ambassadors presenting credentials each meet the head of state; a state in construct is no principal", () => {
    const found = events(
      "تسلم الرئيس الغاني جون ماهاما اليوم أوراق اعتماد كل من سفير لبنان جورج خوري وسفير اليابان كينجي ساتو.",
    ).filter((e) => e.type === "Meeting");
    expect(found).toHaveLength(2);
    expect(found.every((e) => e.participants.length === 2)).toBe(true);
  });
});

describe("plans", () => {
  it("`من جهة أخرى، من المتوقع أن …` plans the events of its sentence", () => {
    const found = events(
      "من جهة أخرى، من المتوقع أن يزور الرئيس الكيني وليام روتو واشنطن لحضور أول قمة له مع الرئيس الأمريكي دونالد ترامب.",
    );
    expect(found.filter((e) => !e.planned)).toEqual([]);
  });
});
