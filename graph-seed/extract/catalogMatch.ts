/**
 * Finds catalog names in the token stream: at each word, every clitic reading of it is looked up,
 * the longest alias that continues over the following words wins, and matched words are consumed.
 */
import type { CatalogEntry } from "../catalog/types.ts";
import { type AliasEntry, type AliasKind, aliasIndex } from "./aliasIndex.ts";
import { cliticForms, spanFrom, type Token } from "./tokens.ts";

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

function bestAt(tokens: Token[], i: number): CatalogHit | null {
  const index = aliasIndex();
  let best: CatalogHit | null = null;
  for (const { form, cut } of cliticForms(tokens[i]!.norm)) {
    for (const alias of index.get(form) ?? []) {
      const last = i + alias.tokens.length - 1;
      if (best && last <= best.last) continue;
      if (!continues(tokens, i, alias)) continue;
      const { start } = spanFrom(tokens[i]!, cut);
      best = { entry: alias.entry, kind: alias.kind, first: i, last, start, end: tokens[last]!.end };
    }
  }
  return best;
}

export function matchCatalog(tokens: Token[]): CatalogHit[] {
  const hits: CatalogHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = bestAt(tokens, i);
    if (!hit) continue;
    hits.push(hit);
    i = hit.last;
  }
  return hits;
}
