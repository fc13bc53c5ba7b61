import { describe, expect, it } from "vitest";
import { findDate } from "./dates.ts";

const day = (s: string, pub = "2017-11-21") => findDate(s, pub)?.date ?? null;

describe("findDate", () => {
  it("resolves relative dates from the publication date", () => {
    expect(day("مساء اليوم الثلاثاء")).toBe("2017-11-21");
    expect(day("التقى أمس")).toBe("2017-11-20");
    expect(day("يوم الاثنين الماضي")).toBe("2017-11-20");
    expect(day("الخميس المقبل")).toBe("2017-11-23");
    expect(day("في وقت سابق من اليوم")).toBe("2017-11-21");
  });
  it("reads Levantine and Egyptian months, Arabic-Indic digits, month precision", () => {
    expect(day("يوم الـ22 نوفمبر (تشرين الثاني)")).toBe("2017-11-22");
    expect(day("في ١٤ أيلول ٢٠٢١")).toBe("2021-09-14");
    expect(day("في 3 يونيه", "2018-05-30")).toBe("2018-06-03");
    expect(findDate("في شهر آذار 2019", null)).toMatchObject({ date: "2019-03", precision: "month" });
  });
  it("reads no year from five digits or one off the calendar's years (the API's rule)", () => {
    expect(day("يوم 5 مايو 99999", "2020-05-06")).toBe("2020-05-05");
    expect(day("في 12/03/0000", "2020-05-06")).toBeNull();
    expect(findDate("في مايو 0000", "2020-05-06")).toBeNull();
    expect(findDate("في مايو 2199", null)).toMatchObject({ date: "2199-05", precision: "month" });
  });
  it("places a month or a day by the Maghrebi `الفارط` and the hamza spelling `الفائت`", () => {
    expect(findDate("في جانفي الفارط", "2025-02-18")).toMatchObject({ date: "2025-01", precision: "month" });
    expect(findDate("في مارس الفائت", "2025-02-18")).toMatchObject({ date: "2024-03", precision: "month" });
    expect(day("يوم 12 جوان الفارط", "2025-02-18")).toBe("2024-06-12");
    expect(day("يوم الاثنين الفائت", "2025-02-18")).toBe("2025-02-17");
  });
  it("reads `بعد غد` as the day after tomorrow", () => {
    expect(day("ويتوجه الوزير بعد غد إلى جنيف", "2025-02-18")).toBe("2025-02-20");
    expect(day("ويزور الوزير غدا جنيف", "2025-02-18")).toBe("2025-02-19");
  });
  it("gives nothing without a cue, and `روسيا اليوم` is not today", () => {
    expect(day("ونقل موقع روسيا اليوم")).toBeNull();
    expect(day("بحث الرئيسان العلاقات")).toBeNull();
  });
  it("reads Moroccan months, a doubled month before a year, and a month of last year", () => {
    expect(day("يوم 6 دجنبر 2021")).toBe("2021-12-06");
    expect(day("في 14 شتنبر", "2022-09-20")).toBe("2022-09-14");
    expect(findDate("في أبريل (نيسان) 2024", "2025-03-10")).toMatchObject({ date: "2024-04" });
    expect(findDate("في مارس (آذار) من العام الماضي", "2025-03-10")).toMatchObject({
      date: "2024-03",
      precision: "month",
    });
    expect(findDate("في يونيو من العام المقبل", "2025-03-10")).toMatchObject({ date: "2026-06" });
  });
  it("reads numeric day/month/year, and a day and month placed by `الماضي` or `المقبل`", () => {
    expect(day("عقدت يوم 3/5/2022 جلسة", "2022-05-04")).toBe("2022-05-03");
    expect(day("في 12-9-2022", "2022-09-12")).toBe("2022-09-12");
    expect(day("يوم 31/2/2022", "2022-05-04")).toBeNull();
    expect(day("يوم 15 آب/أغسطس الماضي", "2022-05-04")).toBe("2021-08-15");
    expect(day("في 2 يناير المقبل", "2022-05-04")).toBe("2023-01-02");
  });
});
