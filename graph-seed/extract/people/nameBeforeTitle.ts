/**
 * A name the catalog lacks, written before the title that says who it is: `استقبل … بقصر التحرير،
 * صامويل أوكودزيتو أبلاكوا وزير خارجية جمهورية غانا`. Only where the title names a state, the words
 * before it all look like a name and nothing but a list boundary stands before them: a comma, the
 * start of the sentence, `و` glued to the first word, or the verb or `مع` whose object it is (or a
 * time word after it).
 */
import { CUES, NAMES } from "../lexicon/index.ts";
import { whyNotAName } from "./nameShape.ts";
import { looksLikeName, looksLikeVerb } from "./nameWords.ts";
import type { Scan } from "./peopleScan.ts";
import { titleAt } from "./titles.ts";

export interface NameBefore {
  first: number;
  last: number;
  /** Characters of `و` before the name on its first word. */
  cut: number;
}

/** Words that may stand right before such a name: `مع`, `بين`, and the verbs whose object it is. */
// `التقى المنفي امس ريتشارد نورلاند المبعوث الأمريكي`: a time word between the verb and its object too.
const OPENERS = new Set(["مع", "بين", "من", ...NAMES.stopVerbs, ...NAMES.stopTimeWords]);

/** `sideOnly`: the title names no state, so only a side named right before the name says whose it is. */
export function nameBeforeTitle(scan: Scan, titleFirst: number, sideOnly = false): NameBefore | null {
  const { tokens, text } = scan.input;
  const last = titleFirst - 1;
  // `أولجاس بيكتينوف، رئيس وزراء جمهورية كازاخستان`: the title may stand after a comma too.
  if (last < 0 || !/^\s*[،,]?\s+$/.test(text.slice(tokens[last]!.end, tokens[titleFirst]!.start)))
    return null;
  let first = last;
  while (
    first > last - 3 &&
    first > 0 &&
    /^\s+$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))
  )
    first--;
  // Shrink from the left until every word is a name word and the one before is a boundary.
  for (; first < last; first++) {
    const words = tokens.slice(first, last + 1);
    if (words.some((w, i) => !nameWord(scan, w.index, i === 0))) continue;
    const bounded = sideOnly ? sideBefore(scan, first) : boundaryBefore(scan, first);
    if (bounded) return { first, last, cut: tokens[first]!.norm.startsWith("و") ? 1 : 0 };
  }
  return null;
}

function nameWord(scan: Scan, k: number, opening: boolean): boolean {
  const token = scan.input.tokens[k]!;
  if (scan.hitOver(k) || scan.found.some((m) => m.first <= k && k <= m.last)) return false;
  if (titleAt(scan.input.tokens, k)) return false;
  const raw = scan.input.text.slice(token.start, token.end);
  // `ودوتو بيتيكو`: the next item of a list, `و` glued to its first word.
  const norm = opening && /^و.{3,}/.test(token.norm) ? token.norm.slice(1) : token.norm;
  if (!looksLikeName(norm) || looksLikeVerb(norm) || CUES.messageNouns.has(norm)) return false;
  if (norm.startsWith("ال")) return false;
  return whyNotAName(norm, opening ? raw.replace(/^و/, "") : raw) === null;
}

function boundaryBefore(scan: Scan, first: number): boolean {
  const { tokens, text } = scan.input;
  const prev = tokens[first - 1];
  if (!prev) return true;
  const gap = text.slice(prev.end, tokens[first]!.start);
  if (/[،,.؛:\n]/.test(gap)) return true;
  if (tokens[first]!.norm.startsWith("و")) return true;
  if (sideBefore(scan, first)) return true;
  return OPENERS.has(prev.norm) || OPENERS.has(prev.norm.replace(/^و/, ""));
}

/** `ومن الجانب التنزاني محمود ثابت كومبو وزير الخارجية`: the side names the state before the name. */
function sideBefore(scan: Scan, first: number): boolean {
  const side = scan.hitOver(first - 1);
  return side?.entry.type === "Country" && scan.input.tokens[side.first - 1]?.norm === "الجانب";
}
