/**
 * Finds catalog names in the token stream: at each word, every clitic reading of it is looked up,
 * the longest alias that continues over the following words wins, and matched words are consumed.
 */
import { distance } from "fastest-levenshtein";
import type { CatalogEntry } from "../../catalog/types.ts";
import { looksLikeName, NAME_JOINERS } from "../people/nameWords.ts";
import { formsOf, spanFrom, type Token } from "../text/tokens.ts";
import { type AliasEntry, type AliasKind, aliasIndex } from "./aliasIndex.ts";

export interface CatalogHit {
  entry: CatalogEntry;
  kind: AliasKind;
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

function continues(tokens: Token[], at: number, alias: AliasEntry): boolean {
  for (let k = 1; k < alias.tokens.length; k++) {
    if (tokens[at + k]?.norm !== alias.tokens[k]) return false;
  }
  return true;
}

/**
 * `أورسولا فون دير ليين` for `أورسولا فون دير لاين`: a person's alias of three words or more, the
 * first as written and one foreign word (no Arabic `ال` family name) off by one letter.
 */
function spelledAlike(tokens: Token[], at: number, alias: AliasEntry): boolean {
  if (alias.entry.type !== "Person" || alias.tokens.length < 3) return false;
  let off = 0;
  for (let k = 1; k < alias.tokens.length; k++) {
    const [word, theirs] = [tokens[at + k]?.norm, alias.tokens[k]!];
    if (word === theirs) continue;
    if (!word || word.length < 4 || theirs.length < 4 || theirs.startsWith("ال")) return false;
    if (++off > 1 || Math.abs(word.length - theirs.length) > 1 || distance(word, theirs) > 1) return false;
  }
  return true;
}

/** `محمد بن زايد` + `آل نهيان`: the dynasty written after a catalogued name is part of the name. */
function dynastyEnd(tokens: Token[], alias: AliasEntry, last: number): number {
  const next = tokens[last + 1];
  const family = tokens[last + 2];
  if (alias.entry.type !== "Person" || next?.norm !== "ال" || !family) return last;
  const glued = next.start - tokens[last]!.end <= 1 && family.start - next.end <= 1;
  return glued && !tokens.slice(last - 1, last + 1).some((t) => t.norm === "ال") ? last + 2 : last;
}

/**
 * `رشاد محمد العليمي` for `رشاد العليمي`: a person's two-word alias with a father's name between.
 * Joiners (`بن`, `عبد`) are left out: `عبد الله` is one name, not `عبد` + a middle name + `الله`.
 */
function withMiddleName(tokens: Token[], i: number, alias: AliasEntry): boolean {
  if (alias.entry.type !== "Person" || alias.tokens.length !== 2) return false;
  const [middle, last] = [tokens[i + 1], tokens[i + 2]];
  if (!middle || !last || last.norm !== alias.tokens[1]) return false;
  if (NAME_JOINERS.has(middle.norm) || NAME_JOINERS.has(alias.tokens[0]!) || middle.norm.length < 3)
    return false;
  return last.start - middle.end <= 1 && middle.start - tokens[i]!.end <= 1 && looksLikeName(middle.norm);
}

/**
 * `محمد بن عبدالرحمن بن جاسم آل ثاني` for `محمد بن عبد الرحمن آل ثاني`: a grandfather's `بن X`
 * before the dynasty. Returns the last token of the longer name, or -1.
 */
function withAncestor(tokens: Token[], i: number, alias: AliasEntry): number {
  const p = alias.tokens.indexOf("ال");
  if (alias.entry.type !== "Person" || p < 2) return -1;
  for (let k = 1; k < p; k++) if (tokens[i + k]?.norm !== alias.tokens[k]) return -1;
  if (tokens[i + p]?.norm !== "بن" || !tokens[i + p + 1]) return -1;
  for (let k = p; k < alias.tokens.length; k++) if (tokens[i + k + 2]?.norm !== alias.tokens[k]) return -1;
  return i + alias.tokens.length + 1;
}

function bestAt(
  tokens: Token[],
  i: number,
  end: number,
  accept: (a: AliasEntry) => boolean,
): CatalogHit | null {
  const index = aliasIndex();
  let best: CatalogHit | null = null;
  for (const { form, cut } of formsOf(tokens[i]!)) {
    for (const alias of index.get(form) ?? []) {
      const last = i + alias.tokens.length - 1;
      if (last > end || !accept(alias)) continue;
      if (best && last <= best.last) continue;
      const exact = continues(tokens, i, alias) || spelledAlike(tokens, i, alias);
      const middle = !exact && withMiddleName(tokens, i, alias);
      const ancestor = exact || middle ? -1 : withAncestor(tokens, i, alias);
      if (!exact && !middle && ancestor < 0) continue;
      const { start } = spanFrom(tokens[i]!, cut);
      const full = ancestor >= 0 ? ancestor : middle ? last + 1 : dynastyEnd(tokens, alias, last);
      if (full > end) continue;
      best = { entry: alias.entry, kind: alias.kind, first: i, last: full, start, end: tokens[full]!.end };
    }
  }
  return best;
}

/** One-word aliases of people, long and foreign (no `ال`), by their first two letters. */
let SURNAMES: Map<string, AliasEntry[]> | null = null;
function surnames(): Map<string, AliasEntry[]> {
  if (SURNAMES) return SURNAMES;
  SURNAMES = new Map();
  for (const list of aliasIndex().values())
    for (const a of list) {
      const word = a.tokens[0]!;
      if (a.entry.type !== "Person" || a.kind !== "alias" || a.tokens.length !== 1) continue;
      if (word.length < 7 || word.startsWith("ال")) continue;
      const key = word.slice(0, 2);
      SURNAMES.set(key, [...(SURNAMES.get(key) ?? []), a]);
    }
  return SURNAMES;
}

/**
 * `غروندبيرغ` for `غروندبرغ`: a long foreign family name one letter off names that one catalogued
 * person, when no one else's is as close.
 */
function surnameAlike(tokens: Token[], i: number, accept: (a: AliasEntry) => boolean): CatalogHit | null {
  const token = tokens[i]!;
  const word = token.norm;
  if (word.length < 7 || word.startsWith("ال")) return null;
  const close = (surnames().get(word.slice(0, 2)) ?? []).filter(
    (a) => accept(a) && Math.abs(a.tokens[0]!.length - word.length) <= 1 && distance(a.tokens[0]!, word) <= 1,
  );
  const people = new Set(close.map((a) => a.entry));
  if (people.size !== 1) return null;
  return { entry: close[0]!.entry, kind: "alias", first: i, last: i, start: token.start, end: token.end };
}

function scan(tokens: Token[], from: number, to: number, accept: (a: AliasEntry) => boolean): CatalogHit[] {
  const hits: CatalogHit[] = [];
  for (let i = from; i <= to; i++) {
    const hit = bestAt(tokens, i, to, accept) ?? surnameAlike(tokens, i, accept);
    if (!hit) continue;
    hits.push(hit);
    i = hit.last;
  }
  return hits;
}

/** A state named inside a topic's name (`الملف النووي لإيران`), not an adjective (`القضية الفلسطينية`). */
const isState = (a: AliasEntry) => a.entry.type === "Country" && a.kind === "alias";

/**
 * Every catalog name in the stream. A topic's name may hold a state's (`الملف النووي لإيران`): the
 * state is mentioned too, so topic spans are read again for states' names.
 */
export function matchCatalog(tokens: Token[]): CatalogHit[] {
  const hits = scan(tokens, 0, tokens.length - 1, () => true);
  const inner = hits
    .filter((h) => h.entry.type === "Topic")
    .flatMap((h) => scan(tokens, h.first, h.last, isState));
  return [...hits, ...inner].sort((a, b) => a.first - b.first || b.last - a.last);
}
