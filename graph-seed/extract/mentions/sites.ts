/**
 * Named sites the catalog lacks, found from their head noun: `قصر بيان`, `قصر الصخير`,
 * `مطار هواري بومدين الدولي`, `متحف باردو`, `معبر رفح`. News names palaces and airports as the
 * setting of a meeting, and readers look for them as places.
 */
import { PLACES } from "../lexicon/index.ts";
import { looksLikeName, NAME_STOP } from "../people/nameWords.ts";
import { formsOf, spanFrom, type Token } from "../text/tokens.ts";
import { type Mention, mention } from "./mentions.ts";

const HEADS = PLACES.siteHeads;
/** Institution words that stop a person's name but do name a site: `قصر الحكومة`. */
const SITE_WORDS = PLACES.siteWords;
/** `مطار الملك خالد`: a royal title inside a site's name, followed by the name it honours. */
const HONOURS = PLACES.siteHonours;
const TRAILING = PLACES.siteTrailing;
/** `القصر الرئاسي`, `قصر الرئاسة`: the office's residence, not a named site. */
const GENERIC = PLACES.siteGeneric;

function siteWord(norm: string): boolean {
  if (GENERIC.has(norm)) return false;
  return SITE_WORDS.has(norm) || looksLikeName(norm);
}

/** Index of the last word of the site's name that starts at `i + 1`, or null. */
function nameEnd(tokens: Token[], i: number, taken: Set<number>): number | null {
  const free = (k: number) =>
    k < tokens.length && !taken.has(k) && tokens[k]!.start - tokens[k - 1]!.end <= 1;
  let k = i + 1;
  if (!free(k)) return null;
  const first = tokens[k]!.norm;
  if (HONOURS.has(first)) {
    if (!free(k + 1) || !looksLikeName(tokens[k + 1]!.norm)) return null;
    k++;
  } else if (!siteWord(first)) return null;
  // `هواري بومدين`: an indefinite first word may go on with a second name word.
  if (!tokens[k]!.norm.startsWith("ال") && free(k + 1)) {
    const next = tokens[k + 1]!.norm;
    if (!next.startsWith("ال") && !NAME_STOP.has(next) && looksLikeName(next) && next.length >= 3) k++;
  }
  while (free(k + 1) && TRAILING.has(tokens[k + 1]!.norm)) k++;
  return k;
}

export function findSites(text: string, tokens: Token[], taken: Set<number>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (taken.has(i)) continue;
    const head = formsOf(tokens[i]!).find((f) => HEADS.has(f.form));
    if (!head) continue;
    const last = nameEnd(tokens, i, taken);
    if (last === null) continue;
    const { start } = spanFrom(tokens[i]!, head.cut);
    const slug = [head.form, ...tokens.slice(i + 1, last + 1).map((t) => t.norm)].join("-");
    out.push(
      mention({
        entityId: `place:ar-${slug}`,
        type: "Place",
        name: { ar: text.slice(start, tokens[last]!.end), en: null },
        start,
        end: tokens[last]!.end,
        source: "site",
        inCatalog: false,
        first: i,
        last,
      }),
    );
    i = last;
  }
  return out;
}
