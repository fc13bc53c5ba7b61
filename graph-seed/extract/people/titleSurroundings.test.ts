/**
 * What a title says before the name, read right: a state after a preposition, the body a spokesperson
 * speaks for, a protocol office, a father named `علي`, a nationality that is a family name
 * (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const extract = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2024-05-21", publishedPrecision: "day" });
const ids = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.id);

describe("around a title", () => {
  it("`وزير الخارجية بجمهورية X` and `في جمهورية X …` name the minister's state", () => {
    expect(
      ids("استقبل وزير الخارجية العماني اليوم وزير الخارجية بجمهورية أوزبكستان بختيار سعيدوف."),
    ).toContain("person:ar-بختيار-سعيدوف");
    expect(
      ids(
        "بحث وزير الخارجية القطري مع وزير الشعب للعلاقات الخارجية في جمهورية فنزويلا البوليفارية خوان رامون.",
      ),
    ).toContain("person:ar-خوان-رامون");
  });

  it("a spokesperson of a state's body is named without an honorific; with no name, no one", () => {
    expect(ids("وقال المتحدث باسم الحكومة الإيطالية ماريو بارتولي، في بيان، إن اللقاء كان مثمرا.")).toContain(
      "person:ar-ماريو-بارتولي",
    );
    expect(ids("وقال المتحدث باسم الحكومة الإيطالية اليوم إن اللقاء كان مثمرا.")).toEqual([]);
  });

  it("a protocol office and a local office name the officials of a welcome", () => {
    const found = ids(
      "وكان في استقبال الرئيس لدى وصوله وكيل المراسم الملكية ماجد العتيبي، ومحافظ جدة خالد بن علي الزهراني.",
    );
    expect(found).toContain("person:ar-ماجد-العتيبي");
    expect(found).toContain("person:ar-خالد-بن-علي-الزهراني");
  });

  it("a nationality after a father's name is a family name, not a state", () => {
    const ex = extract("واستقبله في المطار أمين منطقة الرياض فيصل بن سعد المصري.");
    expect(ex.entities.map((e) => e.id)).toContain("person:ar-فيصل-بن-سعد-المصري");
    expect(ex.entities.map((e) => e.id)).not.toContain("country:egypt");
  });

  it("a nationality after a title is still the title's state", () => {
    const ex = extract("واستقبله وزير الخارجية المصري في القاهرة.");
    expect(ex.entities.map((e) => e.id)).toContain("country:egypt");
  });

  it("a short present verb or a word with tanween after a name ends it", () => {
    const found = ids("وقال الرئيس الغيني مامادي دومبويا يثمن عالياً دعم الأشقاء.");
    expect(found).toContain("person:ar-مامادي-دومبويا");
    expect(found.filter((id) => id.includes("يثمن"))).toEqual([]);
    expect(ids("والتقى وزير الخارجية الصيني نائب الرئيس هان تشنغ.").join(" ")).toMatch(/هان|han/);
  });

  it("after `عبد` or `بن`, a title word or an office noun is part of the name", () => {
    expect(ids("استقبل الوزير اليوم وزير النقل العراقي عبد الأمير الكعبي.")).toContain(
      "person:ar-عبدالامير-الكعبي",
    );
    expect(ids("استقبل الوزير اليوم الأمير فهد بن مساعد.")).toContain("person:ar-فهد-بن-مساعد");
  });

  it("a one-word name after a state's title may be followed by a preposition", () => {
    expect(
      ids("تسلم الرئيس رسالة نقلها إليه وزير الخارجية الإندونيسي سوجيونو خلال استقباله اليوم."),
    ).toContain("person:ar-سوجيونو");
    expect(ids("وأشاد الوزير بدور العملة الإماراتية عملة في التجارة.")).toEqual([]);
  });

  it("`باول` (Powell) is a name; `بأول` is prose", () => {
    expect(ids("استقبل الرئيس مستشار الأمن القومي البريطاني جوناثان باول.")).toContain(
      "person:ar-جوناثان-باول",
    );
  });

  it("`آل` keeps a title word in a family name; `حين` and an office noun end a name", () => {
    expect(ids("استقبل الوزير اليوم السفير السعودي عبد الله بن محمد آل الشيخ.")).toContain(
      "person:ar-عبدالله-بن-محمد-ال-الشيخ",
    );
    expect(ids("وكان سمو الأمير حين كان وليا للعهد قد زار الكويت.")).toEqual([]);
    expect(ids("والتقى الوزير رئيس الوزراء الكيني موساليا مودافادي كبير أمناء مجلس الوزراء.")).toContain(
      "person:ar-موساليا-مودافادي",
    );
  });

  it("an ambassador to `المملكة` is posted to the report's own kingdom", () => {
    expect(
      ids("الرياض 3 مارس 2024 واس\nاستقبل الوزير اليوم سفير الأردن لدى المملكة هيثم أبو الفول."),
    ).toContain("person:ar-هيثم-ابو-الفول");
  });

  it("a dual past verb or an epithet participle after a title is no name", () => {
    expect(
      ids("وقالت الوكالة إن سلطان عمان وملك الأردن استعرضا خلال اللقاء العلاقات.").join(" "),
    ).not.toMatch(/استعرضا/);
    expect(ids("دعا إلى العفو عن الرئيس البرازيلي السابق المسجون جاير بولسونارو.").join(" ")).not.toMatch(
      /المسجون/,
    );
  });

  it("`اتحاد` is a state's style; a lawyer is introduced by his style", () => {
    expect(ids("استقبل الرئيس اليوم رئيس اتحاد جزر القمر غزالي عثماني.")).toContain("person:ar-غزالي-عثماني");
    expect(ids("وحضر اللقاء المحامي ضياء الخطيب.")).toContain("person:ar-ضياء-الخطيب");
  });

  it("a name before its title, after a comma or a time word", () => {
    expect(
      ids(
        "وكان في استقبال الرئيس لدى وصوله، أولجاس بيكتينوف، رئيس وزراء جمهورية كازاخستان، وعدد من المسؤولين.",
      ),
    ).toContain("person:ar-اولجاس-بيكتينوف");
    expect(ids("التقى المنفي امس ريتشارد نورلاند المبعوث الأمريكي الخاص إلى ليبيا.")).toContain(
      "person:ar-ريتشارد-نورلاند",
    );
  });

  it("`ب` before a given name is a preposition (`بحسن الاستقبال`); glued and spaced `عبد` are one", () => {
    const found = ids(
      "استقبل الرئيس اليوم المستشار عبدالوهاب عبدالرازق رئيس مجلس الشيوخ.\nوأشاد المستشار عبدالوهاب عبد الرازق بحسن الاستقبال.",
    );
    expect(found.filter((id) => id.includes("عبدالرازق"))).toHaveLength(1);
    expect(found.filter((id) => id.includes("بحسن"))).toEqual([]);
  });

  it("a name ends at a trigger noun, an indefinite feminine adjective, or a feminine office noun", () => {
    expect(ids("أجرى رئيس الوزراء الإسباني ماريانو راخوي محادثة هاتفية مع الرئيس الأمريكي.")).toContain(
      "person:ar-ماريانو-راخوي",
    );
    expect(ids("تعتبر المستشارة محاورة أساسية لبوتين في الملف الأوكراني.").join(" ")).not.toMatch(/محاوره/);
    expect(ids("وحضر اللقاء السفيرة مديرة المراسيم بالوزارة فاتو غاي.").join(" ")).not.toMatch(/مديره/);
  });

  it("a name in quotation marks after a title is read, and ends at the closing mark", () => {
    expect(ids("وحضر اللقاء السيد “أمادو جالو” مدير أفريقيا بوزارة الخارجية.")).toContain(
      "person:ar-امادو-جالو",
    );
  });

  it("a council member's title, `شئون` spelled with its other hamza, a state's style with the article", () => {
    expect(ids("التقى اليوم عضو مجلس القيادة الرئاسي فرج البحسني بالسفير الياباني.")).toContain(
      "person:ar-فرج-البحسني",
    );
    expect(ids("ويضم الوفد وزير شئون الرئاسة عثمان حسين.")).toContain("person:ar-عثمان-حسين");
    expect(ids("استقبل الوزير سفير المملكة المغربية محمد آيت علي.")).toContain("person:ar-محمد-ايت-علي");
  });

  it("`إمام` in a name, `الكبرى` in a body's name, the security council's secretary", () => {
    expect(ids("استقبل الرئيس رئيس المجلس الوطني الطاجيكي رستم إمام علي.")).toContain(
      "person:ar-رستم-امام-علي",
    );
    expect(ids("وحضر القمة رئيس الجمعية الوطنية الكبرى التركية نعمان قورتولموش.")).toContain(
      "person:ar-نعمان-قورتولموش",
    );
    expect(ids("وشارك في المحادثات نائب أمين مجلس الأمن الروسي ألكسندر غريبنكين.")).toContain(
      "person:ar-الكسندر-غريبنكين",
    );
  });

  it("a name after the side it speaks for, before a title that names no state", () => {
    expect(ids("ووقع المذكرة عن الجانب الأذربيجاني حكمت حاجييف مساعد الرئيس للسياسة الخارجية.")).toContain(
      "person:ar-حكمت-حاجييف",
    );
  });

  it("a journalist named with a nationality is a person", () => {
    expect(ids("وتناول الحديث قضية الصحفي المغربي حميد الكتاني.")).toContain("person:ar-حميد-الكتاني");
  });
});
