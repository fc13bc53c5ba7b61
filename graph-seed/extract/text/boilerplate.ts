/**
 * What in an article is not news and must produce nothing: subscription and social-media lines,
 * "see also" teasers (the marker and the teaser after it), bylines, source and copyright lines,
 * and the dateline (`موسكو-سانا`), whose place is kept as the report's default location.
 */
import { alternation, BOILERPLATE } from "../lexicon/index.ts";
import { normalizeArabic } from "./normalize.ts";
import { type Line, splitLines } from "./sentences.ts";

export interface Boilerplate {
  /** Source ranges [start, end) that yield no entities or events. */
  ranges: [number, number][];
  /** The dateline's place as written (`موسكو`), and where it is. */
  dateline: { text: string; start: number; end: number; agencyless?: boolean } | null;
}

const NOISE = [
  /https?:\/\/|www\.|\.com\b/i,
  /^تابعو(ا|نا)/,
  /^(كتب|بقلم|اعداد|تحرير|ترجمه|المصدر|مصدر)\s*[:：]/,
  /^(بقلم|كتب)\s/,
  /جميع الحقوق محفوظه|حقوق النشر/,
];
/**
 * Subscription and social-media words mark a line as noise only when it is short: a news paragraph
 * may quote a post `على تويتر`, and `الاشتراكية` (socialist) is no subscription.
 */
const SOCIAL =
  /(^|\s)(لل|وال|ال|ل|و)?اشتراك(\s|$)|اشترك|واتس ?اب|تيلغرام|تلغرام|فيسبوك|تويتر|يوتيوب|انستغرام/;
const SHORT_LINE_WORDS = 25;
const TEASER = new RegExp(
  String.raw`^(${alternation(BOILERPLATE.teaserVerbs)})\s+(${alternation(BOILERPLATE.teaserAdverbs)})|^(${alternation(BOILERPLATE.relatedNouns)})\s+(${alternation(BOILERPLATE.relatedQualifiers)})`,
);
// `موسكو 14 مايو 2024 م`, `الكويت - 2 - 10`, `تونس 14 مايو`: the date a dateline may carry.
const D = String.raw`[\d\u0660-\u0669]`;
const DATELINE_DATE = String.raw`(?:[-–—]\s*)?${D}{1,2}\s*(?:[-–—/]\s*${D}{1,2}|\p{L}+)(?:\s*[-–—/]?\s*${D}{4})?\s*م?\s*`;
const DATELINE = new RegExp(
  // Letters may carry diacritics (`مسقط (العُمانية)`).
  String.raw`^([\p{L}\p{M}\s]{2,30}?)\s*(?:${DATELINE_DATE})?(?:[-–—]\s*(سانا|وكالات|[\p{L}\p{M}]{2,15})(?=\s|$)|\(([\p{L}\p{M}\s]{1,20})\))`,
  "u",
);
const AGENCIES = BOILERPLATE.agencies;

/** `تابعونا`, `تابعوا صفحتنا`, `حملوا التطبيق`: a call to the reader, not a report. */
const CALL_TO_READER = new RegExp(
  String.raw`(^|\s)(${alternation(BOILERPLATE.readerCalls)})(\s|$)|https?:|www\.|\d{6,}`,
);

/**
 * A social-media word marks a line as noise when the line calls on the reader (`تابعونا على …`)
 * or is a fragment; a report that cites a channel (`بحسب ما أفادت به القيادة عبر قناتها على
 * تلغرام`) stays.
 */
function isNoise(norm: string): boolean {
  if (NOISE.some((re) => re.test(norm))) return true;
  const words = norm.split(/\s+/).length;
  return SOCIAL.test(norm) && (CALL_TO_READER.test(norm) ? words <= SHORT_LINE_WORDS : words <= 8);
}

/** The dateline at the head of a line: `موسكو-سانا`, `القاهرة - وكالات`. */
function datelineOf(line: Line): Boilerplate["dateline"] {
  const m = DATELINE.exec(line.text);
  if (!m) return placeDash(line);
  const agency = normalizeArabic(m[2] ?? m[3] ?? "").trim();
  // `طهران (إرنا)`: any short name in brackets after the city is the agency.
  const bracketed = m[3] !== undefined && agency.split(" ").length <= 3;
  if (!bracketed && !AGENCIES.has(agency)) return placeDash(line);
  const place = m[1]!.trim();
  return { text: place, start: line.start, end: line.start + place.length };
}

/** `القاهرة - استقبل …`, `بغداد / واع`: a city and a dash (or slash) open the report with no agency name. */
const PLACE_DASH = /^([\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20})?)\s*[-–—/]\s*\p{L}/u;
function placeDash(line: Line): Boilerplate["dateline"] {
  const m = PLACE_DASH.exec(line.text);
  if (!m) return null;
  return { text: m[1]!, start: line.start, end: line.start + m[1]!.length, agencyless: true };
}

export function findBoilerplate(text: string): Boilerplate {
  const lines = splitLines(text);
  const ranges: [number, number][] = [];
  let dateline: Boilerplate["dateline"] = null;
  let teaserLeft = 0;
  for (const line of lines) {
    const norm = normalizeArabic(line.text);
    if (teaserLeft > 0) {
      ranges.push([line.start, line.end]);
      teaserLeft--;
      continue;
    }
    if (TEASER.test(norm)) {
      ranges.push([line.start, line.end]);
      teaserLeft = 2;
      continue;
    }
    if (isNoise(norm)) {
      ranges.push([line.start, line.end]);
      continue;
    }
    const d = datelineOf(line);
    if (d?.agencyless) dateline ??= d;
    else if (d) {
      dateline ??= d;
      // The dateline's city is a place of the report; only the agency's name is not news.
      const m = DATELINE.exec(line.text)!;
      ranges.push([d.end, line.start + m[0].length]);
    }
  }
  return { ranges, dateline };
}

export function inRanges(ranges: [number, number][], offset: number): boolean {
  return ranges.some(([s, e]) => offset >= s && offset < e);
}
