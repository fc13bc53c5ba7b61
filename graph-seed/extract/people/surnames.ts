/**
 * Family names the catalog reads alone (`الجعفري`, `شكري`) can belong to someone else: `إبراهيم
 * الجعفري` is not Bashar al-Jaafari. A lone surname right after a given name that none of the
 * catalogued person's names has is dropped, so the full name is read as a new person, and the
 * article's later bare surnames go to that person.
 */

import { NAMES } from "../lexicon/index.ts";
import type { CatalogHit } from "../mentions/catalogMatch.ts";
import { type Mention, mention } from "../mentions/mentions.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { cliticForms, formsOf, type Token } from "../text/tokens.ts";
import { opensName } from "./nameShape.ts";
import { looksLikeName, looksLikeNisba } from "./nameWords.ts";
import { titleAt } from "./titles.ts";

function givenNameBefore(
  text: string,
  tokens: Token[],
  h: CatalogHit,
  taken: Set<number>,
  people: Set<number>,
): string | null {
  const prev = tokens[h.first - 1];
  if (!prev || taken.has(prev.index) || h.start !== tokens[h.first]!.start) return null;
  if (!/^\s+$/.test(text.slice(prev.end, tokens[h.first]!.start))) return null;
  if (!looksLikeName(prev.norm) || prev.norm.startsWith("ال") || titleAt(tokens, prev.index)) return null;
  // `البيان الختامي قرار ترامب`: a word of prose is no given name.
  if (!opensName(prev.norm, text.slice(prev.start, prev.end))) return null;
  // Only where a title or nationality introduces the name (`الدكتور إبراهيم الجعفري`): after a verb
  // (`تحدث بوتين`) the word before is no given name.
  const before = prev.index - 1;
  const titled = [before - 2, before - 1, before].some((k) => k >= 0 && titleAt(tokens, k)?.last === before);
  // `أن الزنداني سلم بوغدانوف`: a person's family name before is no nationality.
  const nisba = looksLikeNisba(tokens[before]?.norm ?? "") && !people.has(before);
  return titled || nisba ? prev.norm : null;
}

/** Drops lone-surname person hits whose given name in the text is not the catalogued person's. */
export function dropForeignSurnames(text: string, tokens: Token[], hits: CatalogHit[]): CatalogHit[] {
  // Plain loops: this runs on every article, and the arrays of indices were garbage at once.
  const taken = new Set<number>();
  const people = new Set<number>();
  for (const h of hits) {
    for (let k = h.first; k <= h.last; k++) taken.add(k);
    if (h.entry.type === "Person") for (let k = h.first; k <= h.last; k++) people.add(k);
  }
  return hits.filter((h) => {
    if (h.entry.type !== "Person" || h.first !== h.last) return true;
    const given = givenNameBefore(text, tokens, h, taken, people);
    if (!given) return true;
    const words = [...h.entry.aliases, ...(h.entry.weakAliases ?? [])].flatMap((a) =>
      normalizeArabic(a).split(/\s+/),
    );
    return words.length <= 1 || words.includes(given);
  });
}

/** Bare surnames of a catalogued person never named in full here go to the person the article named in full. */
export function reassignSurnames(catalog: Mention[], people: Mention[], tokens: Token[]): Mention[] {
  const introduced = new Map<string, Mention>();
  // `إبراهيم الجعفري` named in full, then `الجعفري`: not Bashar al-Jaafari, whom the article never names.
  for (const m of catalog)
    if (m.type === "Person" && m.source === "catalog" && m.last > m.first)
      introduced.set(tokens[m.last]!.norm, m);
  for (const m of people)
    if (m.source === "title" && m.last > m.first) introduced.set(tokens[m.last]!.norm, m);
  const fullyNamed = new Set(
    [...catalog, ...people].filter((m) => m.type === "Person" && m.last > m.first).map((m) => m.entityId),
  );
  return catalog.map((m) => {
    const forms = m.type === "Person" && m.first === m.last ? formsOf(tokens[m.first]!) : [];
    const to = forms.map((f) => introduced.get(f.form)).find(Boolean);
    if (!to || fullyNamed.has(m.entityId) || to.entityId === m.entityId) return m;
    return mention({ ...m, entityId: to.entityId, name: to.name, source: "local", inCatalog: to.inCatalog });
  });
}

/** Words after which a nationality adjective qualifies a noun (`نظيره السوداني`), not names a person. */
const QUALIFIED = NAMES.qualifiedNouns;

/**
 * `السوداني` is Sudanese and al-Sudani: where the article names a catalogued person whose family name
 * is that word, the word standing alone — not after a definite noun it would qualify (`الرئيس
 * السوداني`, `الأزمة السودانية`) — is that person.
 */
export function demonymsAsSurnames(tokens: Token[], hits: CatalogHit[]): CatalogHit[] {
  const family = new Map<string, CatalogHit>();
  for (const h of hits)
    if (h.entry.type === "Person" && h.last > h.first) family.set(tokens[h.last]!.norm, h);
  if (family.size === 0) return hits;
  return hits.map((h) => {
    if (h.kind !== "demonym" || h.first !== h.last) return h;
    const person = formsOf(tokens[h.first]!)
      .map((f) => family.get(f.form))
      .find(Boolean);
    const prev = tokens[h.first - 1]?.norm ?? "";
    const qualifies = cliticForms(prev).some((f) => f.form.startsWith("ال") || QUALIFIED.has(f.form));
    if (!person || qualifies || titleAt(tokens, Math.max(0, h.first - 1))) return h;
    return { ...h, entry: person.entry, kind: "alias" };
  });
}
