/** Recognises an office title at a word (`وزير الخارجية`, `للرئيس`, `رئيس وزراء`), clitics allowed. */
import { CONSTRUCT_TITLES, HONORIFICS, OFFICE_TITLES } from "../../catalog/offices.ts";
import type { OfficeKey } from "../../catalog/types.ts";
import { TITLES } from "../lexicon/index.ts";
import { aliasTokens } from "../mentions/aliasIndex.ts";
import { formsOf, spanFrom, type Token } from "../text/tokens.ts";

export interface TitleHit {
  office: OfficeKey | null;
  /** Construct titles take a country's name after them, others a nationality adjective. */
  construct: boolean;
  first: number;
  last: number;
  start: number;
}

interface CompiledTitle {
  office: OfficeKey | null;
  construct: boolean;
  tokens: string[];
}

const COMPILED: CompiledTitle[] = [
  ...OFFICE_TITLES.map((t) => ({ office: t.office, construct: false, tokens: aliasTokens(t.title) })),
  ...CONSTRUCT_TITLES.map((t) => ({ office: t.office, construct: true, tokens: aliasTokens(t.title) })),
  ...HONORIFICS.map((h) => ({ office: null, construct: false, tokens: aliasTokens(h) })),
  // `وزيرة الانتقال الطاقي`: a portfolio no list has; people/titleNames.ts reads it from the words after.
  ...[...TITLES.bareTitles].map((w) => ({ office: null, construct: false, tokens: [w] })),
].sort((a, b) => b.tokens.length - a.tokens.length);

/** Titles by their first word, longest first: every token is looked up, so no scan of the list. */
const BY_HEAD = new Map<string, CompiledTitle[]>();
for (const t of COMPILED) BY_HEAD.set(t.tokens[0]!, [...(BY_HEAD.get(t.tokens[0]!) ?? []), t]);

/** The longest title starting at token i, if any. */
export function titleAt(tokens: Token[], i: number): TitleHit | null {
  if (i >= tokens.length) return null;
  for (const { form, cut } of formsOf(tokens[i]!)) {
    for (const t of BY_HEAD.get(form) ?? []) {
      if (!t.tokens.every((tok, k) => k === 0 || tokens[i + k]?.norm === tok)) continue;
      const { start } = spanFrom(tokens[i]!, cut);
      return { office: t.office, construct: t.construct, first: i, last: i + t.tokens.length - 1, start };
    }
  }
  return null;
}

/** Words that are titles on their own: a name never contains one. */
export const TITLE_HEADS = new Set(COMPILED.map((t) => t.tokens[0]!));
