/** The shared reading of one article that every extraction step works from. */
import type { ArticleMeta } from "../../model/extraction.ts";
import { catalogPlace } from "../catalog/index.ts";
import { NAMESAKE_CAPITALS } from "../catalog/places.ts";
import { resolveAmbiguous } from "./mentions/ambiguity.ts";
import { type CatalogHit, matchCatalog } from "./mentions/catalogMatch.ts";
import { catalogMentions } from "./mentions/catalogMentions.ts";
import { crisisTopics } from "./mentions/crisisTopics.ts";
import { type Mention, mention } from "./mentions/mentions.ts";
import { findSites } from "./mentions/sites.ts";
import { packed } from "./packed.ts";
import { findLocalNames } from "./people/localNames.ts";
import { ministerAnaphora } from "./people/ministerAnaphora.ts";
import { dropNamesakes } from "./people/namesakes.ts";
import { findPeople } from "./people/people.ts";
import { demonymsAsSurnames, dropForeignSurnames, reassignSurnames } from "./people/surnames.ts";
import { type Boilerplate, findBoilerplate, inRanges } from "./text/boilerplate.ts";
import { normalizeWithOffsets } from "./text/normalize.ts";
import { type Sentence, splitSentences } from "./text/sentences.ts";
import { type Token, tokenize } from "./text/tokens.ts";

export interface ArticleContext {
  text: string;
  meta: ArticleMeta;
  tokens: Token[];
  sentences: Sentence[];
  boilerplate: Boilerplate;
  /** Every mention, sorted by position. */
  mentions: Mention[];
  /** The whole text normalised once, and for each source offset its offset there (see normSlice). */
  norm: string;
  normAt: Int32Array;
}

/** The normalised text and, for every source offset (and the end), where it falls in it. */
function normalisedText(text: string): { norm: string; normAt: Int32Array } {
  const { norm, offsets } = normalizeWithOffsets(text);
  const normAt = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i <= text.length; i++) {
    while (k < offsets.length && offsets[k]! < i) k++;
    normAt[i] = k;
  }
  return { norm, normAt };
}

/** The country of the report's first place (its dateline, usually): `البلاد` in `أمير البلاد`. */
function homeCountry(hits: CatalogHit[]): string | null {
  const first = hits.find((h) => h.entry.type === "Country" || h.entry.type === "Place");
  if (!first) return null;
  return first.entry.type === "Country" ? first.entry.id : (catalogPlace(first.entry.id)?.locatedIn ?? null);
}

function findMentions(text: string, tokens: Token[], published: string | null): Mention[] {
  // packed(): arrays that many steps read keep one elements kind (see packed.ts).
  const matched = dropNamesakes(
    text,
    tokens,
    packed(resolveAmbiguous(text, packed(matchCatalog(tokens)), tokens)),
  );
  const hits = packed(demonymsAsSurnames(tokens, dropForeignSurnames(text, tokens, packed(matched))));
  const people = findPeople({ text, tokens, hits, published, home: homeCountry(hits) });
  const confirmed = new Set(people.map((m) => m.entityId));
  // `عبدالعزيز بن سلمان`: a catalogued name inside a longer name found from a title is a forebear's;
  // `صالح بن علي التركي`: a nationality inside one is a family name.
  const named = people.filter((m) => m.source === "title");
  const inside = (m: Mention) =>
    (m.type === "Person" || m.type === "Country") &&
    named.some((n) => n.entityId !== m.entityId && n.first <= m.first && m.last <= n.last);
  const catalog = reassignSurnames(
    packed(catalogMentions(hits, tokens, confirmed)).filter((m) => !inside(m)),
    people,
    tokens,
  );
  const taken = new Set<number>();
  for (const m of [...catalog, ...people]) for (let k = m.first; k <= m.last; k++) taken.add(k);
  const local = packed(
    findLocalNames(
      tokens,
      [...people, ...catalog].filter(
        (m) => m.type === "Person" && (m.source === "title" || m.source === "catalog"),
      ),
      taken,
    ),
  );
  for (const m of local) for (let k = m.first; k <= m.last; k++) taken.add(k);
  // `الرئيس عون` once `جوزاف عون` was named: the title is his, not a role phrase for someone else.
  const titled = (m: Mention) => m.source === "role" && local.some((l) => l.first === m.last + 1);
  const found = [
    ...catalog,
    ...people.filter((m) => !titled(m)),
    ...local,
    ...findSites(text, tokens, taken),
  ];
  return [...found, ...ministerAnaphora(tokens, found, published), ...crisisTopics(tokens, found)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/** `الكويت - 2 - 10 (كونا)`: a dateline names the city the report was filed from, even when a state shares its name. */
function datelineCity(mentions: Mention[], dateline: Boilerplate["dateline"]): Mention[] {
  if (!dateline) return mentions;
  return mentions.map((m) => {
    const capital =
      m.type === "Country" &&
      m.start >= dateline.start &&
      m.end <= dateline.end &&
      NAMESAKE_CAPITALS[m.entityId];
    const place = capital ? catalogPlace(capital) : undefined;
    return place ? mention({ ...m, entityId: place.id, type: "Place", name: place.name }) : m;
  });
}

/** The tokens outside boilerplate, renumbered. */
function articleTokens(text: string, boilerplate: Boilerplate): Token[] {
  const tokens: Token[] = [];
  // Pushed one by one, not `filter().map()`: optimised `map` makes holey arrays where the interpreter
  // made packed ones, and every reader of `ctx.tokens` was then recompiled for the other kind.
  for (const t of tokenize(text)) {
    if (inRanges(boilerplate.ranges, t.start)) continue;
    // The same shape as tokenize's (a spread copy is another hidden class, and every read slows).
    tokens.push({
      index: tokens.length,
      norm: t.norm,
      start: t.start,
      end: t.end,
      offsets: t.offsets,
      forms: undefined,
    });
  }
  return tokens;
}

export function analyse(text: string, meta: ArticleMeta): ArticleContext {
  const boilerplate = findBoilerplate(text);
  const tokens = articleTokens(text, boilerplate);
  const sentences = splitSentences(text).filter((s) => !inRanges(boilerplate.ranges, s.start));
  const mentions = packed(datelineCity(findMentions(text, tokens, meta.published), boilerplate.dateline));
  return { text, meta, tokens, sentences, boilerplate, mentions, ...normalisedText(text) };
}
