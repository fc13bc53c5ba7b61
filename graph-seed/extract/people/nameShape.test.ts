/** Which words can open the name of someone the catalog does not know (our own words, not an article's). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { endsName, standsAlone, whyNotAName } from "./nameShape.ts";

const why = (w: string) => whyNotAName(normalizeArabic(w), w);

describe("a word after a title that opens no name", () => {
  it.each([
    ["يستعرض", "verb"],
    ["يتصل", "verb"],
    ["سيتوجه", "verb"],
    ["تبحث", "verb"],
    ["بتكليف", "preposition"],
    ["بزيارة", "preposition"],
    ["لأول", "preposition"],
    ["وأخوه", "conjunction"],
    ["ونظيره", "conjunction"],
    ["إعلانه", "pronoun"],
    ["هنّأه", "pronoun"],
    ["موفور", "participle"],
    ["حول", "stop"],
  ])("%s (%s)", (word, shape) => {
    // A word our own articles use as prose is caught by the list before its shape is read.
    expect([shape, "prose", "stop"]).toContain(why(word));
  });
});

describe("a word that does open a name", () => {
  it.each([
    "يوسف",
    "يحيى",
    "وليد",
    "منصور",
    "طه",
    "نيكوس",
    "تيريزا",
    "يرلان",
    "أندريه",
    "هانكه",
    "يفيموف",
    "خولة",
    "ليسيغو",
  ])("%s", (word) => {
    expect(why(word)).toBeNull();
  });
});

describe("a one-word name", () => {
  it("stands alone when it is a given name or ends as foreign names do", () => {
    expect(standsAlone(normalizeArabic("سلمان"))).toBe(true);
    expect(standsAlone(normalizeArabic("سوغيونو"))).toBe(true);
    expect(standsAlone(normalizeArabic("أزمتي"))).toBe(false);
    expect(standsAlone(normalizeArabic("مشكلتي"))).toBe(false);
  });
});

describe("a name written right before its title, with no comma", () => {
  const people = (text: string) =>
    extractArticle(text, { id: "t", title: null, published: "2019-05-02", publishedPrecision: "day" })
      .entities.filter((e) => e.type === "Person")
      .map((e) => e.id);

  it("is the title's holder when it opens after a verb and has a given name", () => {
    const ids = people(
      "وقد نقلها محمد رضا حسيني مساعد وزير الخارجية الإيراني خلال لقاء جمعه اليوم بوزير الخارجية العماني.",
    );
    expect(ids).toContain("person:ar-محمد-رضا-حسيني");
  });

  it("is not a verb phrase standing before a title", () => {
    const ids = people("وعقد الزعيمان لقاء ثنائيا انضم إليه لاحقاً وزير الخارجية السوري فيصل المقداد.");
    expect(ids.some((id) => id.includes("انضم"))).toBe(false);
    expect(ids).toContain("person:faisal-mekdad");
  });
});

describe("a word that ends a name", () => {
  it("a verb carrying its object, a preposition's noun or a function word", () => {
    for (const w of ["نقلها", "يستقبله", "بمطار", "خلال"]) expect(endsName(normalizeArabic(w), w)).toBe(true);
  });
  it("not a name word that merely ends like a pronoun", () => {
    for (const w of ["مينه", "ثانه", "تشينه", "أنصاري", "تسيبراس"])
      expect(endsName(normalizeArabic(w), w)).toBe(false);
  });
});

describe("a name framed by two titles", () => {
  it("opens even with a word that is also prose", () => {
    const ids = extractArticle("وشارك في القمة فخامة الرئيس صدر جباروف رئيس الجمهورية القيرغيزية.", {
      id: "t",
      title: null,
      published: "2023-07-19",
      publishedPrecision: "day",
    }).entities.map((e) => e.id);
    expect(ids.some((id) => id.includes("جباروف") || id.includes("japarov"))).toBe(true);
  });
});

describe("names read off real reports' phrasings", () => {
  const people = (text: string) =>
    extractArticle(text, { id: "t", title: null, published: "2023-04-12", publishedPrecision: "day" })
      .entities.filter((e) => e.type === "Person")
      .map((e) => e.id);

  it("a royal title after `مطار` names an airport after someone, not a person present", () => {
    const ids = people("وصل وزير الخارجية السوري فيصل المقداد إلى مطار الملك عبدالعزيز بجدة اليوم.");
    expect(ids).toEqual(["person:faisal-mekdad"]);
  });

  it("`بن فرحان` after `فيصل بن فرحان` is the same person", () => {
    const events = extractArticle(
      "استقبل الرئيس السوري بشار الأسد اليوم وزير الخارجية السعودي فيصل بن فرحان.\nوكان بن فرحان قد التقى نظيره السوري فيصل المقداد.",
      { id: "t", title: null, published: "2023-04-18", publishedPrecision: "day" },
    ).events;
    expect(events.map((e) => e.participants.join("+"))).toContain(
      "person:faisal-bin-farhan+person:faisal-mekdad",
    );
  });

  it("`ولي ولي العهد` is the deputy crown prince, not the crown prince", () => {
    const ids = people("وحضر الأمير محمد بن سلمان ولي ولي العهد السعودي اللقاء.");
    expect(ids).toEqual(["person:mohammed-bin-salman"]);
  });
});

describe("ranks", () => {
  it("`والفريق أول` keeps its grade word out of the name", () => {
    const ids = extractArticle(
      "ويرافقه في الزيارة وزير الخارجية علي الصادق، والفريق أول ميرغني إدريس سليمان.",
      { id: "t", title: null, published: "2023-08-29", publishedPrecision: "day" },
    ).entities.map((e) => e.name.ar);
    expect(ids).toContain("ميرغني إدريس سليمان");
  });
});
