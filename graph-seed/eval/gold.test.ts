/**
 * The gold itself must be honest and consistent: every spelling occurs in its article, pairs follow
 * from the held events, participants are annotated entities, and each set has its articles.
 */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../extract/text/normalize.ts";
import type { Gold } from "./goldSchema.ts";
import { EVAL_SETS, loadSet } from "./loadSets.ts";

const squash = (s: string) => normalizeArabic(s).replace(/\s+/g, " ");

const pairKey = (a: string, b: string) => [a, b].sort().join(" | ");

/** The pairs of persons who took part together in a held event. */
function derivedPairs(gold: Gold): string[] {
  const persons = new Set(gold.persons.map((p) => p.en));
  const pairs = new Set<string>();
  for (const event of gold.events.filter((e) => !e.planned)) {
    const people = event.participants.filter((p) => persons.has(p));
    people.forEach((a, i) => {
      for (const b of people.slice(i + 1)) pairs.add(pairKey(a, b));
    });
  }
  return [...pairs].sort();
}

const MIN_ARTICLES = { seeds: 5, dev: 6, heldout: 10 } as const;

describe.each(EVAL_SETS)("gold of the %s set", (set) => {
  it("has its articles, each with metadata and a published date", async () => {
    const { articles, unannotated } = await loadSet(set);
    expect(articles.length).toBeGreaterThanOrEqual(MIN_ARTICLES[set]);
    expect(unannotated).toEqual([]);
    for (const a of articles) expect(a.meta.published, a.meta.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("has every Arabic spelling occur in its article text (after normalisation)", async () => {
    const missing: string[] = [];
    for (const { meta, text, gold } of (await loadSet(set)).articles) {
      const haystack = squash(text);
      for (const entity of [...gold.persons, ...gold.countries, ...gold.places, ...gold.topics]) {
        for (const spelling of entity.ar) {
          if (!haystack.includes(squash(spelling))) missing.push(`${meta.id}: ${entity.en} "${spelling}"`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists exactly the pairs that its held events imply, and only annotated participants", async () => {
    for (const { meta, gold } of (await loadSet(set)).articles) {
      const listed = [...new Set(gold.pairs.map(([a, b]) => pairKey(a, b)))].sort();
      expect(listed, meta.id).toEqual(derivedPairs(gold));
      const known = new Set([...gold.persons, ...gold.countries].map((e) => e.en));
      const unknown = gold.events.flatMap((e) => e.participants).filter((p) => !known.has(p));
      expect(unknown, meta.id).toEqual([]);
    }
  });

  it("never names the same entity twice in a category", async () => {
    for (const { meta, gold } of (await loadSet(set)).articles) {
      for (const list of [gold.persons, gold.countries, gold.places, gold.topics]) {
        const names = list.map((e) => e.en.toLowerCase());
        expect(new Set(names).size, meta.id).toBe(names.length);
      }
    }
  });
});
