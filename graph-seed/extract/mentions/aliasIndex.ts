/**
 * The catalog compiled for matching: every alias and nationality adjective, normalised and split
 * into tokens, indexed by its first token. Built once per process; lookups are a map hit per word.
 */
import { CATALOG, COUNTRIES } from "../../catalog/index.ts";
import type { CatalogEntry } from "../../catalog/types.ts";
import { normalizeArabic } from "../text/normalize.ts";

export type AliasKind = "alias" | "weak" | "demonym";

export interface AliasEntry {
  tokens: string[];
  entry: CatalogEntry;
  kind: AliasKind;
}

export function aliasTokens(alias: string): string[] {
  return normalizeArabic(alias)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** `عبد الفتاح` and `عبدالفتاح`, `أبو ظبي` and `أبوظبي`: both spellings are common, index both. */
function gluedVariants(tokens: string[]): string[][] {
  const out = [tokens];
  const glue = tokens.findIndex((t, i) => (t === "عبد" || t === "ابو") && i < tokens.length - 1);
  if (glue >= 0) {
    const glued = [...tokens.slice(0, glue), tokens[glue]! + tokens[glue + 1]!, ...tokens.slice(glue + 2)];
    out.push(...gluedVariants(glued));
  }
  return out;
}

function build(): Map<string, AliasEntry[]> {
  const index = new Map<string, AliasEntry[]>();
  const add = (alias: string, entry: CatalogEntry, kind: AliasKind) => {
    for (const tokens of gluedVariants(aliasTokens(alias))) {
      if (tokens.length === 0) continue;
      const list = index.get(tokens[0]!) ?? [];
      if (!list.some((a) => a.entry === entry && a.tokens.join(" ") === tokens.join(" "))) {
        list.push({ tokens, entry, kind });
      }
      index.set(tokens[0]!, list);
    }
  };
  for (const entry of CATALOG) {
    for (const a of entry.aliases) add(a, entry, "alias");
    for (const a of entry.weakAliases ?? []) add(a, entry, "weak");
  }
  for (const c of COUNTRIES) for (const d of c.demonyms) add(d, c, "demonym");
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

let cached: Map<string, AliasEntry[]> | null = null;

export function aliasIndex(): Map<string, AliasEntry[]> {
  cached ??= build();
  return cached;
}
