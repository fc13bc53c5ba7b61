/**
 * A catalogued name inside a longer one is a namesake's: `علي محمود عباس` (Syria's defence minister)
 * is not `محمود عباس`, and `عباس كامل` is not `عباس`. A given name written right before the match, or
 * right after a one-word match, makes the name someone else's.
 */

import { GIVEN_NAMES, NAMES } from "../lexicon/index.ts";
import type { CatalogHit } from "../mentions/catalogMatch.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Token } from "../text/tokens.ts";
import { sameSkeleton } from "./skeleton.ts";

const glued = (text: string, a: Token, b: Token) => /^ +$/.test(text.slice(a.end, b.start));

function namesake(text: string, tokens: Token[], h: CatalogHit): boolean {
  if (h.entry.type !== "Person") return false;
  const before = tokens[h.first - 1];
  // The hit's own first word may carry a clitic (`والسوري`): only a bare given name extends it.
  if (
    before &&
    glued(text, before, tokens[h.first]!) &&
    GIVEN_NAMES.has(before.norm) &&
    h.start === tokens[h.first]!.start
  )
    return !ownGivenName(h, before.norm);
  const after = tokens[h.last + 1];
  // `استقبل الرزاز صباح اليوم`: `صباح` before a time word is the morning, not a given name.
  const timeOfDay =
    after !== undefined &&
    NAMES.stopTimeWords.has(after.norm) &&
    /^(اليوم|امس|الغد|يوم)$/.test(tokens[h.last + 2]?.norm ?? "");
  return (
    h.first === h.last &&
    after !== undefined &&
    glued(text, tokens[h.last]!, after) &&
    GIVEN_NAMES.has(after.norm) &&
    !timeOfDay
  );
}

/** `ستيفان دي ميستورا` for `ستافان دي ميستورا`: the given name is the person's own, spelled otherwise. */
function ownGivenName(h: CatalogHit, given: string): boolean {
  return h.entry.aliases.some((a) => {
    const first = normalizeArabic(a).split(/\s+/)[0]!;
    return first === given || sameSkeleton(first, given);
  });
}

export function dropNamesakes(text: string, tokens: Token[], hits: CatalogHit[]): CatalogHit[] {
  return hits.filter((h) => !namesake(text, tokens, h));
}
