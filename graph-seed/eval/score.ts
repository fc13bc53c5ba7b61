/**
 * Scores one extraction against its gold annotation, and sums scores over articles and sets.
 * Pure: no I/O. Categories: entities by type, who-met-whom pairs, (type, date) of held events.
 */
import type { ExtractedEntity, Extraction } from "../../model/extraction.ts";
import type { EntityType } from "../../model/kinds.ts";
import type { Gold, GoldEntity } from "./goldSchema.ts";
import { displayName, englishKey, matchEntities } from "./match.ts";

export const CATEGORIES = ["persons", "countries", "places", "topics", "pairs", "eventDates"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CategoryScore extends Counts {
  /** What was predicted but is not in the gold, and what the gold has that was missed. */
  falsePositives: string[];
  falseNegatives: string[];
}

export type ArticleScore = Record<Category, CategoryScore>;

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision/recall/F1; an empty side counts as perfect only when the other side is empty too. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scoreArticle(gold: Gold, predicted: Extraction): ArticleScore {
  const persons = scoreEntities(byType(predicted, "Person"), gold.persons);
  return {
    persons: persons.score,
    countries: scoreEntities(byType(predicted, "Country"), gold.countries).score,
    places: scoreEntities(byType(predicted, "Place"), gold.places).score,
    topics: scoreEntities(byType(predicted, "Topic"), gold.topics).score,
    pairs: compareSets(predictedPairs(predicted, persons.keyOf), goldPairs(gold)),
    eventDates: compareSets(predictedDates(predicted), goldDates(gold)),
  };
}

const byType = (extraction: Extraction, type: EntityType) =>
  extraction.entities.filter((e) => e.type === type);

function scoreEntities(predicted: ExtractedEntity[], gold: GoldEntity[]) {
  const { matched, unmatchedPredicted, unmatchedGold } = matchEntities(predicted, gold);
  const unmatchedLabel = new Map(unmatchedPredicted.map((e) => [e.id, `?${displayName(e)}`]));
  /** A predicted entity id → the gold English name it matched, or its own label when unmatched. */
  const keyOf = (id: string) => {
    const index = matched.get(id);
    return index === undefined ? unmatchedLabel.get(id) : gold[index]?.en;
  };
  const score: CategoryScore = {
    tp: matched.size,
    fp: unmatchedPredicted.length,
    fn: unmatchedGold.length,
    falsePositives: unmatchedPredicted.map(displayName),
    falseNegatives: unmatchedGold.map((g) => g.en),
  };
  return { score, keyOf };
}

/** Compares two keyed sets (key → readable label): what only one side has is a false positive or negative. */
function compareSets(predicted: Map<string, string>, gold: Map<string, string>): CategoryScore {
  const falsePositives = [...predicted].filter(([k]) => !gold.has(k)).map(([, label]) => label);
  const falseNegatives = [...gold].filter(([k]) => !predicted.has(k)).map(([, label]) => label);
  return {
    tp: predicted.size - falsePositives.length,
    fp: falsePositives.length,
    fn: falseNegatives.length,
    falsePositives,
    falseNegatives,
  };
}

/** An unordered pair as a key (case/space-insensitive) and a readable label. */
function addPair(into: Map<string, string>, a: string, b: string) {
  if (englishKey(a) === englishKey(b)) return;
  const [x, y] = [a, b].sort((p, q) => englishKey(p).localeCompare(englishKey(q)));
  into.set(`${englishKey(x as string)}|${englishKey(y as string)}`, `${x} – ${y}`);
}

function goldPairs(gold: Gold): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const [a, b] of gold.pairs) addPair(pairs, a, b);
  return pairs;
}

/** Pairs of predicted persons who took part together in a held event (background included). */
function predictedPairs(
  predicted: Extraction,
  keyOf: (id: string) => string | undefined,
): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const event of predicted.events) {
    if (event.planned) continue;
    const people = [...new Set(event.participants.map(keyOf).filter((k) => k !== undefined))];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) addPair(pairs, people[i] as string, people[j] as string);
    }
  }
  return pairs;
}

const dateLabel = (type: string, date: string | null) => `${type} ${date ?? "undated"}`;

function predictedDates(predicted: Extraction): Map<string, string> {
  const held = predicted.events.filter((e) => !e.planned);
  return new Map(held.map((e) => [dateLabel(e.type, e.date), dateLabel(e.type, e.date)]));
}

function goldDates(gold: Gold): Map<string, string> {
  const held = gold.events.filter((e) => !e.planned);
  return new Map(held.map((e) => [dateLabel(e.type, e.date), dateLabel(e.type, e.date)]));
}

/** Micro-average: counts summed over articles (or sets), per category. */
export function sumScores(scores: Record<Category, Counts>[]): Record<Category, Counts> {
  const total = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    Counts
  >;
  for (const score of scores) {
    for (const c of CATEGORIES) {
      total[c].tp += score[c].tp;
      total[c].fp += score[c].fp;
      total[c].fn += score[c].fn;
    }
  }
  return total;
}
