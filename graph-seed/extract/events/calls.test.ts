/** Calls and their plans, in phrasings our own sentences borrow from how reports are written. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const run = (text: string, published = "2021-03-10") =>
  extractArticle(text, { id: "t", title: null, published, publishedPrecision: "day" }).events;

describe("calls", () => {
  it("`في محادثاتهما الهاتفية` is a call, and what they agreed to hold is not its plan", () => {
    const [call] = run(
      "اتفق وزيرا الخارجية التركي مولود جاويش أوغلو والروسي سيرغي لافروف في محادثاتهما الهاتفية اليوم على عقد اجتماع ثلاثي الأسبوع المقبل.",
    );
    expect(call).toMatchObject({ type: "PhoneCall", planned: false, date: "2021-03-10" });
  });

  it("`حديث هاتفي` is a call", () => {
    const [call] = run("وجرى حديث هاتفي اليوم بين الرئيس التركي رجب طيب أردوغان ونظيره الإيراني حسن روحاني.");
    expect(call?.type).toBe("PhoneCall");
  });

  it("their calls, in the plural, are the ones they had before: recalled, with no day", () => {
    const events = run(
      "وقال بوتين إنه بحث مع الرئيس الأمريكي جو بايدن خلال مكالماتهما الهاتفية قضايا كثيرة.",
    );
    expect(events[0]).toMatchObject({ type: "PhoneCall", background: true, date: null });
  });
});

describe("a headline's bare weekday", () => {
  it("gives way to the body's reading of the same meeting", () => {
    const events = run(
      "لقاء بين لافروف وبلينكن الخميس\nيلتقي وزير الخارجية الروسي سيرغي لافروف غدا الخميس نظيره الأمريكي أنتوني بلينكن في جنيف.",
      "2021-05-19",
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ planned: true, date: "2021-05-20" });
  });
});
