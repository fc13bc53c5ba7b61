/**
 * The date patterns and how each match is read: explicit dates (`22 نوفمبر`, `14 أيلول 2021`,
 * `3/5/2022`, `تشرين الثاني 2017`), a month placed by a direction word, ordinal days rewritten to
 * digits, and relative ones resolved against the publication day (`أمس`, `الخميس المقبل`). Which
 * pattern runs where is the table in dates/rules.ts.
 */

import { onCalendar } from "../../../model/api.ts";
import { DATES } from "../lexicon/index.ts";
import { addDays, type DateFact, dayFact, directedYear, fact, pad, parseDay } from "./facts.ts";
import { MONTH_PATTERN, MONTHS, WEEKDAYS } from "./months.ts";

export const DAY_MONTH = new RegExp(
  `(?<![\\d])(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[(/]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?(?:\\s*(?:من\\s+)?(?:عام|العام|سنه)?\\s*(\\d{4})(?!\\d))?(?:\\s*(الماضي|المنصرم|الفايت|الفارط|المقبل|القادم))?`,
  "u",
);
/** `يوم 3/5/2022`, `3-5-2022`: day, month, year, as Arabic news writes them. */
export const NUMERIC = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])/u;
export const MONTH_YEAR = new RegExp(
  `(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[(/]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?\\s*(?:من\\s+)?(?:عام|العام|سنه)?\\s*(\\d{4})(?!\\d)`,
  "u",
);
/** `في مارس (آذار) من العام الماضي`: a month of the year before (or after) the publication's. */
export const MONTH_OF_RELATIVE_YEAR = new RegExp(
  `(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[(/]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?\\s*(?:من\\s+)(?:العام|السنه)\\s+(الماضي|المنصرم|الفايت|الفارط|الجاري|الحالي|المقبل|القادم)`,
  "u",
);
function monthOfRelativeYear(norm: string, published: string | null): DateFact | null {
  const m = MONTH_OF_RELATIVE_YEAR.exec(norm);
  if (!m || !published) return null;
  const shift = /الماضي|المنصرم|الفايت|الفارط/.test(m[2]!) ? -1 : /المقبل|القادم/.test(m[2]!) ? 1 : 0;
  return fact(`${Number(published.slice(0, 4)) + shift}-${pad(MONTHS.get(m[1]!)!)}`, "month", published);
}
export const WEEKDAY = new RegExp(
  `(${[...WEEKDAYS.keys()].join("|")})(\\s+(?:المقبل|القادم|الماضي|الفايت))?`,
  "u",
);

/** Arabic-Indic and Persian digits → ASCII, so one regex reads them all. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String((c.charCodeAt(0) & 0xf) % 10));
}

/** `الرابع عشر من أغسطس`, `الثاني من آذار`: ordinal day words → digits, so DAY_MONTH reads them. */
export const UNITS = [...DATES.ordinalUnits];
/** `العشرين`, `الثلاثين`: 20 and 30. */
export const TENS = [...DATES.ordinalTens];
const ORDINAL = new RegExp(
  `(^|\\s)(?:(الحادي|${UNITS.join("|")})(?:\\s+(عشر)|\\s+و(${TENS.join("|")}))?|(${TENS.join("|")}))\\s+(?=من\\s+(?:(?:شهر\\s+)?(?:${MONTH_PATTERN})|الشهر|هذا الشهر))`,
  "gu",
);
/** Most text holds no ordinal day: one quick test spares the replacement below. */
export const ORDINAL_HINT = new RegExp(`${UNITS.join("|")}|الحادي|${TENS.join("|")}`, "u");

export function ordinalDays(norm: string): string {
  if (!ORDINAL_HINT.test(norm)) return norm;
  return norm.replace(
    ORDINAL,
    (_m, lead: string, unit?: string, teen?: string, tens?: string, round?: string) => {
      let n = unit ? (unit === "الحادي" ? 1 : UNITS.indexOf(unit) + 1) : 0;
      if (teen) n += 10;
      const tensWord = tens ?? round;
      if (tensWord) n += 10 * (TENS.indexOf(tensWord) + 2);
      return `${lead}${n} `;
    },
  );
}

/** `شهر سبتمبر المقبل`, `أغسطس الماضي`: a month with no day, placed by its direction word. */
export const MONTH_DIRECTION = new RegExp(
  `(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[(/]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?\\s+(المقبل|القادم|الماضي|الفايت|الفارط|الجاري|الحالي)`,
  "u",
);
function monthByDirection(norm: string, published: string | null): DateFact | null {
  const m = MONTH_DIRECTION.exec(norm);
  if (!m || !published) return null;
  const month = MONTHS.get(m[1]!)!;
  const pubYear = Number(published.slice(0, 4));
  const pubMonth = Number(published.slice(5, 7));
  let year = pubYear;
  if ((m[2] === "المقبل" || m[2] === "القادم") && month <= pubMonth) year++;
  if ((m[2] === "الماضي" || m[2] === "الفايت" || m[2] === "الفارط") && month >= pubMonth) year--;
  return fact(`${year}-${pad(month)}`, "month", published);
}

export function explicitDate(norm0: string, published: string | null): DateFact | null {
  const norm = ordinalDays(norm0);
  const num = NUMERIC.exec(norm);
  if (num) return dayFact(Number(num[4]), Number(num[3]), Number(num[1]), published);
  const dm = DAY_MONTH.exec(norm);
  if (dm) {
    const day = Number(dm[1]);
    const month = MONTHS.get(dm[2]!)!;
    const year = dm[3] ? Number(dm[3]) : directedYear(month, day, dm[4], published);
    if (!onCalendar(String(year))) return null;
    // `31 فبراير` is no date: the day must exist in that month of that year.
    if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
    return fact(`${year}-${pad(month)}-${pad(day)}`, "day", published);
  }
  const my = MONTH_YEAR.exec(norm);
  if (my && !onCalendar(my[2]!)) return null;
  if (my) return fact(`${my[2]}-${pad(MONTHS.get(my[1]!)!)}`, "month", published);
  return monthOfRelativeYear(norm, published) ?? monthByDirection(norm, published);
}

/**
 * `الاثنين`: the latest Monday on or before publication, unless the verb speaks of what is to come
 * (`حيث يجري مباحثات … يوم الاثنين`, `ahead`), then the next one on or after it.
 */
export function weekdayDate(norm: string, published: string, ahead = false): DateFact | null {
  const m = WEEKDAY.exec(norm);
  if (!m) return null;
  const want = WEEKDAYS.get(m[1]!)!;
  const have = parseDay(published).getUTCDay();
  const dir = (m[2] ?? "").trim();
  if (ahead && !dir) return fact(addDays(published, (want - have + 7) % 7), "day", published);
  if (dir === "المقبل" || dir === "القادم")
    return fact(addDays(published, (want - have + 7) % 7 || 7), "day", published);
  const back = (have - want + 7) % 7;
  return fact(addDays(published, -(dir ? back || 7 : back)), "day", published);
}

export function relativeDate(norm: string, published: string): DateFact | null {
  if (/(^|\s)(اول|قبل)\s+(امس|يوم\s+امس)/.test(norm)) return fact(addDays(published, -2), "day", published);
  if (/(^|[\s،,(])(امس|البارحه)(?=$|[\s،,.)])/.test(norm))
    return fact(addDays(published, -1), "day", published);
  // `بعد غد`: the day after tomorrow.
  if (/(^|[\s،,(])بعد\s+غد(?=$|[\s،,.)])/.test(norm)) return fact(addDays(published, 2), "day", published);
  if (/(^|[\s،,(])(غدا|غدًا|غد|الغد)(?=$|[\s،,.)])/.test(norm))
    return fact(addDays(published, 1), "day", published);
  const weekday = weekdayDate(norm, published);
  if (weekday) return weekday;
  if (/(?<!روسيا\s)اليوم|الليله|هذا الصباح|هذا المساء/.test(norm)) return fact(published, "day", published);
  // `الشهر الماضي`, `العام الماضي` are left undated: in this news they mostly time what is said,
  // not the event (tried: it cost correct dates on the seed and dev articles).
  return null;
}

/** `في العشرين من الشهر الماضي`, `الحادي عشر من الشهر الجاري`: a day of a month named by direction. */
export const DAY_OF_RELATIVE_MONTH =
  /(?<!\d)(\d{1,2})\s+من\s+(?:الشهر|هذا الشهر)\s*(الماضي|الفايت|الفارط|الجاري|الحالي)?/u;

export function dayOfRelativeMonth(m: RegExpExecArray, published: string): DateFact | null {
  const [y, mo] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
  const back = m[2] === "الماضي" || m[2] === "الفايت" || m[2] === "الفارط" ? 1 : 0;
  const d = new Date(Date.UTC(y, mo - 1 - back, 1));
  const day = Number(m[1]);
  if (day < 1 || day > new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate())
    return null;
  return fact(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(day)}`, "day", published);
}
