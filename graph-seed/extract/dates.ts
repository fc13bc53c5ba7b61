/**
 * Dates in a sentence, resolved against the publication date: explicit ones (`22 نوفمبر`,
 * `14 أيلول 2021`, `تشرين الثاني 2017`) and relative ones (`اليوم الثلاثاء`, `مساء اليوم`, `أمس`,
 * `في وقت سابق من اليوم`, a weekday name → the latest such day on or before publication).
 */
import type { DatePrecision } from "../../model/kinds.ts";
import { MONTH_PATTERN, MONTHS, WEEKDAYS } from "./months.ts";
import { normalizeArabic, normalizeWithOffsets } from "./normalize.ts";

export interface DateFact {
  date: string;
  precision: DatePrecision;
  /** After the publication date: the event can only be planned. */
  future: boolean;
  /** Before the publication day. */
  past: boolean;
  /** Not stated: the publication day, taken for the day's news told without one. */
  byPublication?: boolean;
  /** Not stated in the clause: the day the sentence before gave. */
  fromScene?: boolean;
}

const DAY_MONTH = new RegExp(
  `(?<![\\d])(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[(/]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?(?:\\s*(?:من\\s+)?(?:عام|العام|سنه)?\\s*(\\d{4}))?(?:\\s*(الماضي|المنصرم|الفايت|المقبل|القادم))?`,
  "u",
);
/** `يوم 3/5/2022`, `3-5-2022`: day, month, year, as Arabic news writes them. */
const NUMERIC = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])/u;
const MONTH_YEAR = new RegExp(
  `(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[(/]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?\\s*(?:من\\s+)?(?:عام|العام|سنه)?\\s*(\\d{4})`,
  "u",
);
/** `في مارس (آذار) من العام الماضي`: a month of the year before (or after) the publication's. */
const MONTH_OF_RELATIVE_YEAR = new RegExp(
  `(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[(/]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?\\s*(?:من\\s+)(?:العام|السنه)\\s+(الماضي|المنصرم|الفايت|الجاري|الحالي|المقبل|القادم)`,
  "u",
);
function monthOfRelativeYear(norm: string, published: string | null): DateFact | null {
  const m = MONTH_OF_RELATIVE_YEAR.exec(norm);
  if (!m || !published) return null;
  const shift = /الماضي|المنصرم|الفايت/.test(m[2]!) ? -1 : /المقبل|القادم/.test(m[2]!) ? 1 : 0;
  return fact(`${Number(published.slice(0, 4)) + shift}-${pad(MONTHS.get(m[1]!)!)}`, "month", published);
}
const WEEKDAY = new RegExp(`(${[...WEEKDAYS.keys()].join("|")})(\\s+(?:المقبل|القادم|الماضي|الفائت))?`, "u");

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parseDay = (s: string) => new Date(`${s}T00:00:00Z`);
const addDays = (s: string, n: number) => iso(new Date(parseDay(s).getTime() + n * 86_400_000));

/** Arabic-Indic and Persian digits → ASCII, so one regex reads them all. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String((c.charCodeAt(0) & 0xf) % 10));
}

function fact(date: string, precision: DatePrecision, published: string | null): DateFact {
  const pub = published ? published.slice(0, date.length) : null;
  return { date, precision, future: pub !== null && date > pub, past: pub !== null && date < pub };
}

function dayFact(year: number, month: number, day: number, published: string | null): DateFact | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return null;
  return fact(`${year}-${pad(month)}-${pad(day)}`, "day", published);
}

/** `15 آب الماضي`: the last such day before publication; `المقبل`, the next one after it. */
function directedYear(month: number, day: number, dir: string | undefined, published: string | null): number {
  const year = nearestYear(month, day, published);
  if (!dir || !published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return year;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (/الماضي|المنصرم|الفايت/.test(dir) && date >= published) return year - 1;
  if (/المقبل|القادم/.test(dir) && date <= published) return year + 1;
  return year;
}

/** A day and month without a year: the year that puts it nearest the publication date. */
function nearestYear(month: number, day: number, published: string | null): number {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    return published ? Number(published.slice(0, 4)) : new Date().getUTCFullYear();
  }
  const year = Number(published.slice(0, 4));
  const pub = parseDay(published).getTime();
  const options = [year - 1, year, year + 1];
  const dist = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - pub);
  return options.reduce((a, b) => (dist(b) < dist(a) ? b : a));
}

/** `الرابع عشر من أغسطس`, `الثاني من آذار`: ordinal day words → digits, so DAY_MONTH reads them. */
const UNITS = [
  "الاول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
];
const ORDINAL = new RegExp(
  `(^|\\s)(?:(الحادي|${UNITS.join("|")})(?:\\s+(عشر)|\\s+و(العشرين|الثلاثين))?|(العشرين|الثلاثين))\\s+(?=من\\s+(?:(?:شهر\\s+)?(?:${MONTH_PATTERN})|الشهر|هذا الشهر))`,
  "gu",
);
/** Most text holds no ordinal day: one quick test spares the replacement below. */
const ORDINAL_HINT = new RegExp(`${UNITS.join("|")}|الحادي|العشرين|الثلاثين`, "u");

function ordinalDays(norm: string): string {
  if (!ORDINAL_HINT.test(norm)) return norm;
  return norm.replace(
    ORDINAL,
    (_m, lead: string, unit?: string, teen?: string, tens?: string, round?: string) => {
      let n = unit ? (unit === "الحادي" ? 1 : UNITS.indexOf(unit) + 1) : 0;
      if (teen) n += 10;
      const tensWord = tens ?? round;
      if (tensWord) n += tensWord === "العشرين" ? 20 : 30;
      return `${lead}${n} `;
    },
  );
}

/** `شهر سبتمبر المقبل`, `أغسطس الماضي`: a month with no day, placed by its direction word. */
const MONTH_DIRECTION = new RegExp(
  `(?:شهر\\s+)?(${MONTH_PATTERN})(?:\\s*[(/]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?\\s+(المقبل|القادم|الماضي|الفائت|الجاري|الحالي)`,
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
  if ((m[2] === "الماضي" || m[2] === "الفائت") && month >= pubMonth) year--;
  return fact(`${year}-${pad(month)}`, "month", published);
}

function explicitDate(norm0: string, published: string | null): DateFact | null {
  const norm = ordinalDays(norm0);
  const num = NUMERIC.exec(norm);
  if (num) return dayFact(Number(num[4]), Number(num[3]), Number(num[1]), published);
  const dm = DAY_MONTH.exec(norm);
  if (dm) {
    const day = Number(dm[1]);
    const month = MONTHS.get(dm[2]!)!;
    const year = dm[3] ? Number(dm[3]) : directedYear(month, day, dm[4], published);
    // `31 فبراير` is no date: the day must exist in that month of that year.
    if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
    return fact(`${year}-${pad(month)}-${pad(day)}`, "day", published);
  }
  const my = MONTH_YEAR.exec(norm);
  if (my) return fact(`${my[2]}-${pad(MONTHS.get(my[1]!)!)}`, "month", published);
  return monthOfRelativeYear(norm, published) ?? monthByDirection(norm, published);
}

/**
 * `الاثنين`: the latest Monday on or before publication, unless the verb speaks of what is to come
 * (`حيث يجري مباحثات … يوم الاثنين`, `ahead`), then the next one on or after it.
 */
function weekdayDate(norm: string, published: string, ahead = false): DateFact | null {
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

function relativeDate(norm: string, published: string): DateFact | null {
  if (/(^|\s)(اول|قبل)\s+(امس|يوم\s+امس)/.test(norm)) return fact(addDays(published, -2), "day", published);
  if (/(^|[\s،,(])(امس|البارحه)(?=$|[\s،,.)])/.test(norm))
    return fact(addDays(published, -1), "day", published);
  if (/(^|[\s،,(])(غدا|غدًا|غد|الغد)(?=$|[\s،,.)])/.test(norm))
    return fact(addDays(published, 1), "day", published);
  const weekday = weekdayDate(norm, published);
  if (weekday) return weekday;
  if (/(?<!روسيا\s)اليوم|الليله|هذا الصباح|هذا المساء/.test(norm)) return fact(published, "day", published);
  // `الشهر الماضي`, `العام الماضي` are left undated: in this news they mostly time what is said,
  // not the event (tried: it cost correct dates on the seed and dev articles).
  return null;
}

interface Found {
  at: number;
  end: number;
  fact: DateFact;
}

const RELATIVE_DAY =
  /(^|[\s،,(])(اول امس|قبل امس|امس|البارحه|غدا|غدًا|غد|الغد|اليوم|الليله|هذا الصباح|هذا المساء)(?=$|[\s،,.)])/u;
const NEXT_WEEK = /الاسبوع\s+(المقبل|القادم)/u;

/** Global copies of the patterns above, made once: building a RegExp per sentence showed in profiles. */
const GLOBAL = new Map<RegExp, RegExp>();
function allMatches(re: RegExp, norm: string): RegExpExecArray[] {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
    GLOBAL.set(re, g);
  }
  return [...norm.matchAll(g)];
}

/** `في العشرين من الشهر الماضي`, `الحادي عشر من الشهر الجاري`: a day of a month named by direction. */
const DAY_OF_RELATIVE_MONTH = /(?<!\d)(\d{1,2})\s+من\s+(?:الشهر|هذا الشهر)\s*(الماضي|الفايت|الجاري|الحالي)?/u;

function dayOfRelativeMonth(m: RegExpExecArray, published: string): DateFact | null {
  const [y, mo] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
  const back = m[2] === "الماضي" || m[2] === "الفايت" ? 1 : 0;
  const d = new Date(Date.UTC(y, mo - 1 - back, 1));
  const day = Number(m[1]);
  if (day < 1 || day > new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate())
    return null;
  return fact(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(day)}`, "day", published);
}

/**
 * A word any date expression above contains: most clauses have none, and one test is cheaper than
 * running every pattern over them.
 */
const ANY_DATE_WORD = new RegExp(
  `\\d|${MONTH_PATTERN}|${[...WEEKDAYS.keys()].join("|")}|امس|البارحه|غد|اليوم|الليله|الصباح|المساء|الشهر|الاسبوع|${UNITS.join("|")}|الحادي|العشرين|الثلاثين`,
  "u",
);

const MONTH_WORD = new RegExp(MONTH_PATTERN, "u");
const WEEKDAY_WORD = new RegExp([...WEEKDAYS.keys()].join("|"), "u");
const RELATIVE_WORD = /امس|البارحه|غد|اليوم|الليله|الصباح|المساء/u;

/** Every date expression in a normalised text, with where it stands. */
function candidates(norm: string, published: string | null, ahead = false): Found[] {
  const out: Found[] = [];
  if (!ANY_DATE_WORD.test(norm)) return out;
  const add = (m: RegExpExecArray, f: DateFact | null) => {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (f && !out.some((o) => at < o.end && end > o.at)) out.push({ at, end, fact: f });
  };
  // Each family of patterns runs only where its words are: a cheap test spares a costly scan.
  const digit = /\d/.test(norm);
  const month = MONTH_WORD.test(norm);
  if (digit) for (const m of allMatches(NUMERIC, norm)) add(m, explicitDate(m[0], published));
  if (digit && month) for (const m of allMatches(DAY_MONTH, norm)) add(m, explicitDate(m[0], published));
  if (month)
    for (const re of [MONTH_YEAR, MONTH_OF_RELATIVE_YEAR, MONTH_DIRECTION])
      for (const m of allMatches(re, norm)) add(m, explicitDate(m[0], published));
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return out;
  if (digit)
    for (const m of allMatches(DAY_OF_RELATIVE_MONTH, norm)) add(m, dayOfRelativeMonth(m, published));
  if (RELATIVE_WORD.test(norm))
    for (const m of allMatches(RELATIVE_DAY, norm))
      add(
        m,
        m[2] === "اليوم" && /روسيا\s$/.test(norm.slice(0, m.index + m[1]!.length))
          ? null
          : relativeDate(m[0], published),
      );
  if (WEEKDAY_WORD.test(norm))
    for (const m of allMatches(WEEKDAY, norm)) add(m, weekdayDate(m[0], published, ahead));
  // `الأسبوع المقبل`: no day, but the month a week on.
  if (norm.includes("الاسبوع"))
    for (const m of allMatches(NEXT_WEEK, norm))
      add(m, fact(addDays(published, 7).slice(0, 7), "month", published));
  return out;
}

/**
 * The date a clause gives for the event whose trigger stands at character `at`: of several
 * (`بحث أمس … الجولة المقررة في 21 كانون الأول`), the one nearest the trigger.
 */
export function findDateNear(
  clause: string,
  published: string | null,
  at: number,
  ahead = false,
): DateFact | null {
  const norm = ordinalDays(asciiDigits(normalizeArabic(clause)));
  const pos = ordinalDays(asciiDigits(normalizeArabic(clause.slice(0, at)))).length;
  const found = candidates(norm, published, ahead);
  if (found.length === 0) return null;
  const distance = (f: Found) => (f.end <= pos ? pos - f.end : Math.max(0, f.at - pos));
  return found.reduce((a, b) => (distance(b) < distance(a) ? b : a)).fact;
}

/** A sentence's date expressions, read once, with the source offset of each normalised character. */
interface SentenceDates {
  /** Source offset (within the sentence) of each character of the normalised sentence. */
  offsets: number[];
  digits: string;
  /** Weekdays read backwards, and (when asked for) forwards. */
  found: Found[];
  ahead?: Found[];
}

const SENTENCES = new Map<string, SentenceDates | null>();
let SENTENCES_DAY: string | null | undefined;

function sentenceDates(sentence: string, published: string | null, ahead: boolean): SentenceDates | null {
  if (SENTENCES_DAY !== published) {
    SENTENCES.clear();
    SENTENCES_DAY = published;
  }
  let read = SENTENCES.get(sentence);
  if (read === undefined) {
    const { norm, offsets } = normalizeWithOffsets(sentence);
    const digits = asciiDigits(norm);
    // Ordinal days are rewritten to digits, which moves offsets: such sentences are read per clause.
    read = ORDINAL_HINT.test(digits) ? null : { offsets, digits, found: candidates(digits, published) };
    if (SENTENCES.size > 5000) SENTENCES.clear();
    SENTENCES.set(sentence, read);
  }
  if (read && ahead) read.ahead ??= candidates(read.digits, published, true);
  return read;
}

/**
 * `findDateNear` for a clause given as source offsets `[from, to)` of its sentence, the trigger at
 * `at`: the sentence's date expressions are read once and shared by all its clauses.
 */
export function findDateInSentence(
  sentence: string,
  published: string | null,
  from: number,
  to: number,
  at: number,
  ahead = false,
): DateFact | null {
  const read = sentenceDates(sentence, published, ahead);
  if (read === null) return findDateNear(sentence.slice(from, to), published, at - from, ahead);
  const { offsets } = read;
  const found = ahead ? read.ahead! : read.found;
  const inside = found.filter((f) => offsets[f.at]! >= from && (offsets[f.end - 1] ?? -1) < to);
  if (inside.length === 0) return null;
  const distance = (f: Found) => {
    const [a, b] = [offsets[f.at]!, offsets[f.end - 1]! + 1];
    return b <= at ? at - b : Math.max(0, a - at);
  };
  return inside.reduce((x, y) => (distance(y) < distance(x) ? y : x)).fact;
}

/** The date a sentence gives, if any; relative expressions need the publication date. */
export function findDate(sentence: string, published: string | null): DateFact | null {
  if (MEMO_DAY !== published) {
    MEMO.clear();
    MEMO_DAY = published;
  }
  const have = MEMO.get(sentence);
  if (have !== undefined) return have;
  const found = readDate(sentence, published);
  if (MEMO.size > 5000) MEMO.clear();
  MEMO.set(sentence, found);
  return found;
}

/** One article asks about the same sentence once per clause: remember its answers (one day at a time). */
const MEMO = new Map<string, DateFact | null>();
let MEMO_DAY: string | null | undefined;

function readDate(sentence: string, published: string | null): DateFact | null {
  const norm = asciiDigits(normalizeArabic(sentence));
  if (!ANY_DATE_WORD.test(norm)) return null;
  const explicit = /\d/.test(norm) || MONTH_WORD.test(norm) ? explicitDate(norm, published) : null;
  if (explicit) return explicit;
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  return relativeDate(norm, published);
}

/**
 * `كان قد استقبله الشهر الماضي`: for an event the article recalls, last month is its date (month
 * precision). Not used for the day's news, where `الشهر الماضي` mostly times what is said.
 */
export function lastMonthOf(clause: string, published: string | null): DateFact | null {
  if (!published || !/^\d{4}-\d{2}/.test(published)) return null;
  // `في وقت سابق من الشهر الجاري`: this month.
  if (/الشهر\s+(الجاري|الحالي)/.test(normalizeArabic(clause)))
    return fact(published.slice(0, 7), "month", published);
  // `الأسبوع الماضي`: the month a week before publication.
  if (
    /الاسبوع\s+(الماضي|المنصرم|الفايت)/.test(normalizeArabic(clause)) &&
    /^\d{4}-\d{2}-\d{2}$/.test(published)
  )
    return fact(addDays(published, -7).slice(0, 7), "month", published);
  if (!/الشهر\s+(الماضي|المنصرم|الفايت)/.test(normalizeArabic(clause))) return null;
  const d = new Date(Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 2, 1));
  return fact(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, "month", published);
}
