/**
 * Catalog hits → mentions. A weak alias (a name that is also a common word) counts only when the
 * article names the same entity by a strong alias, or a title stands right before it.
 */

import { PLACES, TITLES } from "../lexicon/index.ts";
import { cliticForms, type Token } from "../text/tokens.ts";
import type { CatalogHit } from "./catalogMatch.ts";
import { type Mention, mention } from "./mentions.ts";

const TITLE_WORDS = TITLES.catalogTitleWords;
const MINISTRY = TITLES.ministryWords;

/** `وزير الطاقة`, `وزارة النفط`: a portfolio in a title is not a topic the text discusses. */
function isPortfolio(tokens: Token[], first: number): boolean {
  return MINISTRY.has(tokens[first - 1]?.norm ?? "");
}

/**
 * `الشعب السوري`, `المعارضة الإيرانية`, `لاجئ سوري`, `الزيتون الإسباني`: a demonym on a people, a
 * crisis or a thing names no state (the annotation guidelines' rule; `الحكومة السورية` still does).
 */
const NOT_STATE = PLACES.notStateNouns;

function onAThing(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return Boolean(prev && cliticForms(prev.norm).some((f) => NOT_STATE.has(f.form)));
}

export function catalogMentions(hits: CatalogHit[], tokens: Token[], confirmed: Set<string>): Mention[] {
  const strong = new Set([...confirmed, ...hits.filter((h) => h.kind !== "weak").map((h) => h.entry.id)]);
  const kept = hits
    .filter((h) => !(h.entry.type === "Topic" && isPortfolio(tokens, h.first)))
    .filter((h) => !(h.kind === "demonym" && h.entry.type === "Country" && onAThing(tokens, h.first)))
    .filter(
      (h) => h.kind !== "weak" || strong.has(h.entry.id) || TITLE_WORDS.has(tokens[h.first - 1]?.norm ?? ""),
    );
  return kept.map((h) =>
    mention({
      entityId: h.entry.id,
      type: h.entry.type,
      name: h.entry.name,
      start: h.start,
      end: h.end,
      source: h.kind === "demonym" ? "demonym" : "catalog",
      inCatalog: true,
      first: h.first,
      last: h.last,
    }),
  );
}
