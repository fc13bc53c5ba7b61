/** Senders, addressees and principals are not in the room (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const meta = { id: "t", title: null, published: "2022-03-15", publishedPrecision: "day" as const };
const pairs = (text: string) =>
  extractArticle(text, meta)
    .events.filter((e) => !e.planned)
    .map((e) => [...e.participants].sort().join("+"));

describe("people named inside a message phrase", () => {
  it("the sender of a letter the guest carries does not meet the host", () => {
    const text =
      "استقبل الرئيس السوري بشار الأسد اليوم في دمشق وزير الخارجية الإيراني حسين أمير عبد اللهيان، حاملا رسالة من الرئيس الإيراني، إبراهيم رئيسي.";
    const found = pairs(text);
    expect(found).toContain("person:bashar-al-assad+person:hossein-amir-abdollahian");
    expect(found.join(" ")).not.toContain("raisi");
  });

  it("the leader who sent an envoy (`مبعوثا من`) stays home", () => {
    const text =
      "استقبل الرئيس التونسي قيس سعيد اليوم في قرطاج وزير الخارجية الليبي الطاهر الباعور، مبعوثا من رئيس المجلس الرئاسي محمد المنفي.";
    const found = pairs(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("kais-saied");
    expect(found.join(" ")).not.toMatch(/menfi|منفي/);
  });

  it("greetings conveyed from one leader to another leave both out", () => {
    const text =
      "التقى ولي العهد السعودي الأمير محمد بن سلمان في الرياض اليوم وزير الخارجية الصيني وانغ يي، الذي نقل تحيات الرئيس شي جين بينغ لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.";
    const found = pairs(text);
    expect(found).toEqual(["person:mohammed-bin-salman+person:wang-yi"]);
  });

  it("a call made on someone's instructions is the caller's, and the caller stays in it", () => {
    const text =
      "بتوجيهات من أمير البلاد الشيخ مشعل الأحمد، أجرى رئيس مجلس الوزراء اتصالا هاتفيا اليوم بالرئيس التركي رجب طيب أردوغان.";
    const found = pairs(text);
    expect(found.join(" ")).not.toContain("mishal");
  });
});

describe("a title in construct with a person", () => {
  it("`وزير خارجية X` is X's minister, not X", () => {
    const text = "اجتمع وزير الخارجية التركي هاكان فيدان اليوم في أنقرة بوزير خارجية بشار الأسد.";
    expect(pairs(text).join(" ")).not.toContain("assad");
  });
});

describe("the carrier of a message", () => {
  it("is named after the phrase ends (`نقلها`), and meets whom he met", () => {
    const text =
      "وأفادت الوكالة أن رسالة الرئيس العراقي للملك عبد الله الثاني نقلها وزير الخارجية العراقي فؤاد حسين خلال لقاء جمعه اليوم بوزير الخارجية الأردني أيمن الصفدي.";
    expect(pairs(text)).toEqual(["person:ayman-safadi+person:fuad-hussein"]);
  });
});

describe("the owner of a possessive trigger", () => {
  it("`تسلم الرسالة X خلال استقباله سفير …` carries no one from the sentence before", () => {
    const text =
      "تلقى الملك عبد الله الثاني رسالة خطية من الرئيس القبرصي.\nوتسلم الرسالة وزير الخارجية الأردني أيمن الصفدي خلال استقباله اليوم سفير قبرص.";
    expect(pairs(text).join(" ")).not.toContain("king-abdullah-ii");
  });
});

describe("a regime or an era named after someone", () => {
  it("`منذ سقوط نظام الأسد` puts no Assad in the room", () => {
    const text =
      "استقبل رئيس الإدارة السورية أحمد الشرع اليوم في دمشق وزير الخارجية التركي هاكان فيدان، في أول زيارة منذ سقوط نظام الأسد.";
    expect(pairs(text).join(" ")).not.toContain("assad");
  });
});

describe("a report that cites a channel", () => {
  it("is news, not a call to follow the outlet", () => {
    const text =
      "استقبل رئيس الإدارة السورية أحمد الشرع اليوم وزير الخارجية التركي هاكان فيدان.\n\nوحضر اللقاء وزير الخارجية السوري أسعد حسن الشيباني، بحسب ما أفادت به الرئاسة عبر قناتها على تلغرام.\n\nتابعونا على تلغرام";
    expect(pairs(text)[0]).toContain("person:asaad-al-shaibani");
  });
});
