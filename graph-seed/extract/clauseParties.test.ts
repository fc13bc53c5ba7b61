/** Whose people a clause's event takes (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";

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
