import { describe, expect, it } from "vitest";
import { findBoilerplate } from "./boilerplate.ts";
import { normalizeArabic, normalizeWithOffsets } from "./normalize.ts";
import { cliticForms, tokenize } from "./tokens.ts";

describe("normalizeArabic", () => {
  it("folds hamza, alef maqsura, taa marbuta, diacritics, tatweel, decomposed hamza and Latin case", () => {
    expect(normalizeArabic("إدلبُ")).toBe("ادلب");
    expect(normalizeArabic("السيسى")).toBe("السيسي");
    expect(normalizeArabic("سورية")).toBe("سوريه");
    expect(normalizeArabic("الميدانيـة")).toBe("الميدانيه");
    expect(normalizeArabic("ا\u0654ستانة")).toBe("استانه");
    expect(normalizeArabic("SANA")).toBe("sana");
  });
  it("keeps the source offset of every normalised character", () => {
    const { norm, offsets } = normalizeWithOffsets("وقّع", 10);
    expect(norm).toBe("وقع");
    expect(offsets).toEqual([10, 11, 13]);
  });
});

describe("tokens", () => {
  it("tokenises with offsets that slice the source", () => {
    const text = "بحث الرئيسُ، مع نظيره.";
    for (const t of tokenize(text)) expect(normalizeArabic(text.slice(t.start, t.end))).toBe(t.norm);
  });
  it("reads clitics off the front of a word", () => {
    const forms = (w: string) => cliticForms(normalizeArabic(w)).map((f) => f.form);
    expect(forms("وليبيا")).toContain("ليبيا");
    expect(forms("بالقاهرة")).toContain("القاهره");
    expect(forms("للرئيس")).toContain("الرييس");
    expect(forms("ةوليبيا")).toContain("ليبيا");
  });
});

describe("findBoilerplate", () => {
  it("drops subscription lines and the see-also teaser, keeps the dateline city", () => {
    const text =
      "موسكو-سانا\nالتقى لافروف شكري.\nتابعونا عبر تطبيق واتس أب\nانظر ايضاً\nعنوان آخر\nنص آخر\nخبر جديد";
    const { ranges, dateline } = findBoilerplate(text);
    expect(dateline).toEqual({ text: "موسكو", start: 0, end: 5 });
    const covered = (s: string) => ranges.some(([a, b]) => a <= text.indexOf(s) && text.indexOf(s) < b);
    expect(covered("سانا")).toBe(true);
    expect(covered("موسكو")).toBe(false);
    expect(covered("تابعونا")).toBe(true);
    expect(covered("عنوان آخر")).toBe(true);
    expect(covered("نص آخر")).toBe(true);
    expect(covered("خبر جديد")).toBe(false);
    expect(covered("التقى")).toBe(false);
  });
});
