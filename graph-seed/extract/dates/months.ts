/** Month names as Arabic news writes them (Levantine, Egyptian/standard, Maghrebi), normalised → 1..12. */
import { normalizeArabic } from "../text/normalize.ts";

const NAMES: [string, number][] = [
  ["كانون الثاني", 1],
  ["شباط", 2],
  ["آذار", 3],
  ["نيسان", 4],
  ["أيار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["آب", 8],
  ["أيلول", 9],
  ["تشرين الأول", 10],
  ["تشرين الثاني", 11],
  ["كانون الأول", 12],
  ["يناير", 1],
  ["فبراير", 2],
  ["مارس", 3],
  ["أبريل", 4],
  ["ابريل", 4],
  ["إبريل", 4],
  ["مايو", 5],
  ["يونيو", 6],
  ["يونيه", 6],
  ["يوليو", 7],
  ["يوليه", 7],
  ["أغسطس", 8],
  ["سبتمبر", 9],
  ["أكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
  ["جانفي", 1],
  ["فيفري", 2],
  ["أفريل", 4],
  ["جوان", 6],
  ["جويلية", 7],
  ["أوت", 8],
  // Moroccan: `ماي` only ever reads as a month next to a day number or a year (dates/dates.ts).
  ["ماي", 5],
  ["يوليوز", 7],
  ["غشت", 8],
  ["شتنبر", 9],
  ["نونبر", 11],
  ["دجنبر", 12],
];

export const MONTHS = new Map<string, number>(NAMES.map(([n, m]) => [normalizeArabic(n), m]));

/** Alternation for a regex over normalised text, longest names first. */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");

export const WEEKDAYS = new Map<string, number>(
  [
    ["الأحد", 0],
    ["الاثنين", 1],
    ["الإثنين", 1],
    ["الثلاثاء", 2],
    ["الأربعاء", 3],
    ["الخميس", 4],
    ["الجمعة", 5],
    ["السبت", 6],
  ].map(([n, d]) => [normalizeArabic(n as string), d as number]),
);
