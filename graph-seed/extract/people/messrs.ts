/**
 * `ويتعلق الأمر بالسادة كاراموكو جون ماري تراوري، وعبدولاي ديوب، وباكاري ياو سانغاري`: after the
 * plural honorific, a list of names, one per comma or `و`. Each reads as a name only where its words
 * do (see people/nameShape.ts).
 */
import { NAMES } from "../lexicon/index.ts";
import { cliticForms, spanFrom } from "../text/tokens.ts";
import { opensName } from "./nameShape.ts";
import { looksLikeName, NAME_JOINERS } from "./nameWords.ts";
import type { Scan } from "./peopleScan.ts";

const MESSRS = NAMES.messrs;
const MAX_NAMES = 8;
const MAX_WORDS = 5;

export const opensMessrs = (norm: string) => cliticForms(norm).some((f) => MESSRS.has(f.form));

/** Reads the list after the honorific at `i`; returns the last token read. */
export function scanMessrs(scan: Scan, i: number): number {
  const { tokens, text } = scan.input;
  let k = i + 1;
  for (let n = 0; n < MAX_NAMES && k < tokens.length; n++) {
    // `وعبدولاي`: the list's `و` is glued to the next name.
    const cut = n > 0 && tokens[k]!.norm.startsWith("و") && tokens[k]!.norm.length > 3 ? 1 : 0;
    const first = tokens[k]!.norm.slice(cut);
    const raw = text.slice(spanFrom(tokens[k]!, cut).start, tokens[k]!.end);
    if (!opensName(first, raw) || scan.hitOver(k)?.entry.type === "Country") break;
    let last = k;
    while (
      last + 1 < tokens.length &&
      last - k + 1 < MAX_WORDS &&
      /^ +$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)) &&
      looksLikeName(tokens[last + 1]!.norm)
    )
      last++;
    while (last > k && NAME_JOINERS.has(tokens[last]!.norm)) last--;
    if (last === k && first.length < 4) break;
    const start = spanFrom(tokens[k]!, cut).start;
    const words = [first, ...tokens.slice(k + 1, last + 1).map((t) => t.norm)];
    scan.push(
      { id: `person:ar-${words.join("-")}`, name: { ar: text.slice(start, tokens[last]!.end), en: null } },
      k,
      last,
      start,
      undefined,
      "title",
    );
    const gap = text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? tokens[last]!.end);
    if (!/^\s*[،,]\s*$/.test(gap) && !/^\s+$/.test(gap)) return last;
    k = last + 1;
    if (/^\s+$/.test(gap) && !tokens[k]?.norm.startsWith("و")) return last;
  }
  return k - 1;
}
