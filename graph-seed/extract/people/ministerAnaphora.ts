/**
 * `استقبل الأسد الوزير العراقي`: "the Iraqi minister", with no portfolio, after a minister of that
 * state was named (`نظيره العراقي فؤاد حسين`, `X وزير الخارجية العراقي`) is that minister.
 */
import type { OfficeKey } from "../../catalog/types.ts";
import { type Mention, mention } from "../mentions/mentions.ts";
import type { Token } from "../text/tokens.ts";
import { holdsOn } from "./roles.ts";

const BARE_MINISTER = /^(و|ب|ل|لل)?(ال)?وزير(ه)?$/;
const MINISTER_TITLE = /وزير/;
const COUNTERPART = /نظير/;
const MINISTER_OFFICES: OfficeKey[] = ["foreign-minister", "defense-minister"];

interface Scope {
  tokens: Token[];
  countries: Mention[];
  published: string | null;
}

/**
 * `وزير الخارجية` makes the person it titles a minister; `نظيره` only when the catalog says the
 * person was one then (`نظيره الفنزويلي نيكولاس مادورو` is a president's counterpart).
 */
const ministerWord = (s: Scope, word: string, p: Mention) =>
  MINISTER_TITLE.test(word) ||
  (COUNTERPART.test(word) && MINISTER_OFFICES.some((o) => holdsOn(p.entityId, o, s.published)));

/**
 * Whether `p` was named as a minister of `country`: the title and the demonym stand in the words
 * between the person named before and `p` (`وزير خارجية … تشاد السيد X`, `نظيره العراقي X`), or right
 * after the name (`X وزير الخارجية العراقي`).
 */
function namedMinister(s: Scope, p: Mention, before: Mention | undefined, country: string): boolean {
  const has = (lo: number, hi: number) =>
    s.countries.some((x) => x.entityId === country && x.first >= lo && x.last <= hi) &&
    s.tokens.slice(lo, hi + 1).some((k) => ministerWord(s, k.norm, p));
  const lo = Math.max(before ? before.last + 1 : 0, p.first - 10);
  if (lo < p.first && has(lo, p.first - 1)) return true;
  return MINISTER_TITLE.test(s.tokens[p.last + 1]?.norm ?? "") && has(p.last + 1, p.last + 5);
}

export function ministerAnaphora(tokens: Token[], mentions: Mention[], published: string | null): Mention[] {
  // In text order: the antecedent is the latest one named.
  const persons = mentions.filter((m) => m.type === "Person").sort((a, b) => a.first - b.first);
  const countries = mentions.filter((m) => m.type === "Country");
  const scope: Scope = { tokens, countries, published };
  const out: Mention[] = [];
  for (const c of countries) {
    const head = tokens[c.first - 1];
    if (!head || c.first !== c.last || !BARE_MINISTER.test(head.norm)) continue;
    if (persons.some((p) => p.last >= head.index && p.first <= c.last)) continue;
    const antecedent = persons.findLast(
      (p, i) =>
        p.last < head.index &&
        namedMinister(
          scope,
          p,
          persons.findLast((q, k) => k < i && q.last < p.first),
          c.entityId,
        ),
    );
    if (!antecedent) continue;
    const { entityId, name, inCatalog } = antecedent;
    out.push(
      mention({
        entityId,
        type: "Person",
        name,
        inCatalog,
        source: "role",
        start: head.start,
        end: tokens[c.last]!.end,
        first: head.index,
        last: c.last,
      }),
    );
  }
  return out;
}
