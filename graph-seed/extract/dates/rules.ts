/**
 * Every date expression in a normalised text, found by an ordered table of pattern families. Each
 * family runs only where its words are (its gate: a cheap test spares a costly scan), and of two
 * overlapping matches the one found first stands, so the order is part of the rule.
 */
import { addDays, type DateFact, fact } from "./facts.ts";
import { MONTH_PATTERN, WEEKDAYS } from "./months.ts";
import {
  DAY_MONTH,
  DAY_OF_RELATIVE_MONTH,
  dayOfRelativeMonth,
  explicitDate,
  MONTH_DIRECTION,
  MONTH_OF_RELATIVE_YEAR,
  MONTH_YEAR,
  NUMERIC,
  relativeDate,
  TENS,
  UNITS,
  WEEKDAY,
  weekdayDate,
} from "./reads.ts";

export interface Found {
  at: number;
  end: number;
  fact: DateFact;
  /** The family that read it. */
  rule: string;
}

export const RELATIVE_DAY =
  /(^|[\s،,(])(اول امس|قبل امس|امس|البارحه|بعد غد|غدا|غدًا|غد|الغد|اليوم|الليله|هذا الصباح|هذا المساء)(?=$|[\s،,.)])/u;
export const NEXT_WEEK = /الاسبوع\s+(المقبل|القادم)/u;

/** Global copies of the families' patterns, made once: building a RegExp per sentence showed in profiles. */
const GLOBAL = new Map<RegExp, RegExp>();
function allMatches(re: RegExp, norm: string): RegExpExecArray[] {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
    GLOBAL.set(re, g);
  }
  // exec on the one global copy: `matchAll` builds a new RegExp per call (RegExp init showed in profiles).
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(norm); m !== null; m = g.exec(norm)) {
    out.push(m);
    // As matchAll does: step past an empty match (none of the families can make one today).
    if (m[0] === "") g.lastIndex += g.unicode && (norm.codePointAt(g.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/**
 * A word any date expression above contains: most clauses have none, and one test is cheaper than
 * running every pattern over them.
 */
export const ANY_DATE_WORD = new RegExp(
  `\\d|${MONTH_PATTERN}|${[...WEEKDAYS.keys()].join("|")}|امس|البارحه|غد|اليوم|الليله|الصباح|المساء|الشهر|الاسبوع|${UNITS.join("|")}|الحادي|${TENS.join("|")}`,
  "u",
);

export const MONTH_WORD = new RegExp(MONTH_PATTERN, "u");
const WEEKDAY_WORD = new RegExp([...WEEKDAYS.keys()].join("|"), "u");
const RELATIVE_WORD = /امس|البارحه|غد|اليوم|الليله|الصباح|المساء/u;

/** What every family's gate and reader may look at: the text, and what was tested of it once. */
export interface DateScene {
  norm: string;
  published: string | null;
  /** The publication day (`YYYY-MM-DD`), which relative dates need; null when there is none. */
  day: string | null;
  /** Weekdays read forwards (`حيث يجري مباحثات … يوم الاثنين`). */
  ahead: boolean;
  digit: boolean;
  month: boolean;
}

export interface DateRule {
  name: string;
  /** Needs the publication day: a relative date is read against it. */
  relative: boolean;
  gate: (s: DateScene) => boolean;
  pattern: RegExp;
  read: (m: RegExpExecArray, s: DateScene) => DateFact | null;
}

const explicit = (m: RegExpExecArray, s: DateScene) => explicitDate(m[0], s.published);

/** The families, in the order they are tried; each has a fixture in dates/rules.test.ts. */
export const DATE_RULES: readonly DateRule[] = [
  { name: "numeric", relative: false, gate: (s) => s.digit, pattern: NUMERIC, read: explicit },
  { name: "day-month", relative: false, gate: (s) => s.digit && s.month, pattern: DAY_MONTH, read: explicit },
  { name: "month-year", relative: false, gate: (s) => s.month, pattern: MONTH_YEAR, read: explicit },
  {
    name: "month-of-relative-year",
    relative: false,
    gate: (s) => s.month,
    pattern: MONTH_OF_RELATIVE_YEAR,
    read: explicit,
  },
  {
    name: "month-by-direction",
    relative: false,
    gate: (s) => s.month,
    pattern: MONTH_DIRECTION,
    read: explicit,
  },
  {
    name: "day-of-relative-month",
    relative: true,
    gate: (s) => s.digit,
    pattern: DAY_OF_RELATIVE_MONTH,
    read: (m, s) => dayOfRelativeMonth(m, s.day!),
  },
  {
    name: "relative-day",
    relative: true,
    gate: (s) => RELATIVE_WORD.test(s.norm),
    pattern: RELATIVE_DAY,
    // `روسيا اليوم` is a channel, not today.
    read: (m, s) =>
      m[2] === "اليوم" && /روسيا\s$/.test(s.norm.slice(0, m.index + m[1]!.length))
        ? null
        : relativeDate(m[0], s.day!),
  },
  {
    name: "weekday",
    relative: true,
    gate: (s) => WEEKDAY_WORD.test(s.norm),
    pattern: WEEKDAY,
    read: (m, s) => weekdayDate(m[0], s.day!, s.ahead),
  },
  // `الأسبوع المقبل`: no day, but the month a week on.
  {
    name: "next-week",
    relative: true,
    gate: (s) => s.norm.includes("الاسبوع"),
    pattern: NEXT_WEEK,
    read: (_m, s) => fact(addDays(s.day!, 7).slice(0, 7), "month", s.day),
  },
];

/** Every date expression in a normalised text, with where it stands and the family that read it. */
export function candidates(norm: string, published: string | null, ahead = false): Found[] {
  const out: Found[] = [];
  if (!ANY_DATE_WORD.test(norm)) return out;
  const day = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  const scene: DateScene = {
    norm,
    published,
    day,
    ahead,
    digit: /\d/.test(norm),
    month: MONTH_WORD.test(norm),
  };
  for (const rule of DATE_RULES) {
    if ((rule.relative && !day) || !rule.gate(scene)) continue;
    for (const m of allMatches(rule.pattern, norm)) {
      const f = rule.read(m, scene);
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (f && !out.some((o) => at < o.end && end > o.at)) out.push({ at, end, fact: f, rule: rule.name });
    }
  }
  return out;
}
