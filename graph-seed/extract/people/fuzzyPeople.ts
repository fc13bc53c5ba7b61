/**
 * A name found from context that is a catalogued person written otherwise: spelled otherwise
 * (`أنطونيو جوتريس` for `أنطونيو غوتيريش`, `ستيفان دي ميستورا`: the whole name's consonant skeleton,
 * long enough to be telling, matches one catalogued person's full alias), or shortened to a given
 * name and a family name (`وليد الخريجي` for `وليد بن عبدالكريم الخريجي`). Only a match with one
 * person and no one else counts.
 */
import { distance } from "fastest-levenshtein";
import { PEOPLE } from "../../catalog/index.ts";
import type { CatalogPerson } from "../../catalog/types.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { sameSkeleton, skeleton } from "./skeleton.ts";

const MIN_SKELETON = 6;

const nameSkeleton = (words: string[]) => words.map(skeleton).join("");

function buildIndex(): Map<string, CatalogPerson | null> {
  const index = new Map<string, CatalogPerson | null>();
  for (const p of PEOPLE)
    for (const alias of p.aliases) {
      const words = normalizeArabic(alias).split(/\s+/).filter(Boolean);
      if (words.length < 2) continue;
      const key = nameSkeleton(words);
      if (key.length < MIN_SKELETON) continue;
      const have = index.get(key);
      // Two people with one skeleton: the spelling tells nothing, so neither is chosen.
      index.set(key, have === undefined || have?.id === p.id ? p : null);
    }
  return index;
}

/** Given name + family name of every catalogued alias of three words or more. */
function buildEnds(): Map<string, CatalogPerson | null> {
  const index = new Map<string, CatalogPerson | null>();
  for (const p of PEOPLE)
    for (const alias of p.aliases) {
      const words = normalizeArabic(alias).split(/\s+/).filter(Boolean);
      if (words.length < 3 || words.at(-2) === "ال") continue;
      const key = `${words[0]} ${words.at(-1)}`;
      const have = index.get(key);
      index.set(key, have === undefined || have?.id === p.id ? p : null);
    }
  return index;
}

let INDEX: Map<string, CatalogPerson | null> | null = null;
let ENDS: Map<string, CatalogPerson | null> | null = null;

/** The catalogued person a multi-word name found from context is a spelling of, if exactly one. */
export function catalogSpelling(words: string[]): CatalogPerson | null {
  if (words.length < 2) return null;
  INDEX ??= buildIndex();
  ENDS ??= buildEnds();
  const key = nameSkeleton(words);
  const found = key.length >= MIN_SKELETON ? (INDEX.get(key) ?? null) : null;
  const spelled = found && sameArabicWords(words, found) ? found : null;
  return spelled ?? (words.length === 2 ? (ENDS.get(`${words[0]} ${words[1]}`) ?? null) : null);
}

/**
 * The skeleton folds letters that spell one foreign sound (`ش`/`س`, `ح`/`ه`); in an Arabic family
 * name with its article they are different names (`الحسيني` is not `الحشاني`), so a word with `ال`
 * must be spelled as in one of the person's aliases.
 */
function sameArabicWords(words: string[], p: CatalogPerson): boolean {
  const key = nameSkeleton(words);
  const article = (w: string) => w.startsWith("ال");
  return p.aliases.some((alias) => {
    const theirs = normalizeArabic(alias).split(/\s+/).filter(Boolean);
    if (nameSkeleton(theirs) !== key) return false;
    if (theirs.length !== words.length) return !words.some(article) && !theirs.some(article);
    return theirs.every((w, i) => w === words[i] || (!article(w) && !article(words[i]!)));
  });
}

/**
 * `لويز إيناسيو` written just before `لولا دا سيلفا`: the words before a catalogued name spell the
 * head of one of its aliases, each long word off by at most one letter (`لويز`/`لويس`), so the whole
 * run is that person, not a stranger beside him.
 */
export function spellsAliasHead(head: string[], p: { aliases: string[] }, tail: string[]): boolean {
  if (head.length === 0) return false;
  const close = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && distance(a, b) <= 1);
  return p.aliases.some((alias) => {
    const words = normalizeArabic(alias).split(/\s+/).filter(Boolean);
    if (words.length !== head.length + tail.length) return false;
    if (words.slice(head.length).join(" ") !== tail.join(" ")) return false;
    return head.every((w, i) => close(w, words[i]!) || sameSkeleton(w, words[i]!));
  });
}
