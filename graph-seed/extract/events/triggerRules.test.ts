/** Each trigger rule with a sentence it decides (invented sentences). */
import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.ts";
import { decisions, TRIGGER_RULES, triggerKind } from "./triggerRules.ts";

/** The rule, a sentence, the word in it the rule decides, and the event it tells (null: none). */
const FIXTURES: [rule: string, sentence: string, word: string, type: string | null][] = [
  ["welcome", "وكان في استقباله وزير الخارجية", "استقباله", "Meeting"],
  ["bare-receiving", "أعلنت الحكومة استقبال اللاجئين", "استقبال", null],
  ["future-meeting", "وسيستقبل الرئيس نظيره غدا", "وسيستقبل", "Meeting"],
  ["press-conference", "وعقد الوزيران مؤتمرا صحفيا مشتركا", "مؤتمرا", "PressConference"],
  ["summit", "انطلقت أعمال القمة العربية", "القمة", "Summit"],
  ["phoned", "هاتف الرئيس نظيره", "هاتف", "PhoneCall"],
  ["called", "واتصل الرئيس اليوم بنظيره", "واتصل", "PhoneCall"],
  ["dual-talks-by-phone", "وقال المتحدث إن الرئيسين بحثا هاتفيا أمس", "بحثا", "PhoneCall"],
  ["communications-office", "صرح مدير مكتب الاتصال في الرئاسة", "الاتصال", null],
  ["connection-not-call", "وذلك اتصالا بما جرى أمس", "اتصالا", null],
  ["call", "أجرى الرئيس اتصالا هاتفيا مع نظيره", "اتصالا", "PhoneCall"],
  ["credentials", "تسلم الرئيس أوراق اعتماد السفير", "أوراق", "Meeting"],
  ["meeting", "التقى وزير الخارجية نظيره الفرنسي", "التقى", "Meeting"],
  ["agreement-reached", "وقد جرى الاتفاق بين البلدين على ذلك", "الاتفاق", "Agreement"],
  ["signing", "ووقع الجانبان مذكرة تفاهم للتعاون", "ووقع", "Agreement"],
];

function at(sentence: string, word: string) {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => sentence.slice(t.start, t.end) === word);
  return { tokens, i };
}

describe("trigger rules", () => {
  it("every rule has a fixture, in the table's order", () => {
    expect(FIXTURES.map(([rule]) => rule)).toEqual(TRIGGER_RULES.map((r) => r.name));
  });

  it.each(FIXTURES)("%s: `%s`", (rule, sentence, word, type) => {
    const { tokens, i } = at(sentence, word);
    expect(decisions(tokens, i).at(-1)?.rule).toBe(rule);
    expect(triggerKind(tokens, i)?.type ?? null).toBe(type);
  });

  it("a rule that rules a reading out lets the next reading be tried", () => {
    // `والاتصال` is read as `والاتصال`, then `الاتصال`, which the office before it rules out.
    const { tokens, i } = at("وقال مدير دائرة والاتصال", "والاتصال");
    expect(decisions(tokens, i)).toEqual([
      { read: "والاتصال", rule: null },
      { read: "الاتصال", rule: "communications-office" },
    ]);
    expect(triggerKind(tokens, i)).toBeNull();
  });

  it("a dual verb of talks with no phone word after it tells no event by itself", () => {
    const { tokens, i } = at("وأكد أن الوزيرين بحثا نتائج الزيارة", "بحثا");
    expect(triggerKind(tokens, i)).toBeNull();
  });

  it("a banquet is a meeting", () => {
    const { tokens, i } = at("وأقام الرئيس مأدبة عشاء تكريما لضيفه", "مأدبة");
    expect(triggerKind(tokens, i)?.type).toBe("Meeting");
  });

  it("`الاتفاق` reached is told by the form `اتفاق`", () => {
    const { tokens, i } = at("وقد جرى الاتفاق بين البلدين", "الاتفاق");
    expect(triggerKind(tokens, i)).toEqual({ type: "Agreement", form: "اتفاق", rule: "agreement-reached" });
  });
});
