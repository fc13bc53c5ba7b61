/**
 * Name matching between predicted and gold entities. Names compare by English (case- and
 * space-insensitive) or by normalised Arabic (spaces removed, so عبدالفتاح = عبد الفتاح).
 */
import type { ExtractedEntity } from "../../model/extraction.ts";
import { normalizeArabic } from "../extract/text/normalize.ts";
import type { GoldEntity } from "./goldSchema.ts";

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Lower-cased, Latin accents folded (Erdoğan = Erdogan), spaces and punctuation dropped. */
export const englishKey = (name: string) =>
  `en:${name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s\-.'’‘`]+/g, "")}`;
export const arabicKey = (name: string) => `ar:${normalizeArabic(name).replace(/\s+/g, "")}`;

/** A name in either script → its comparison key. */
export const nameKey = (name: string) => (ARABIC_LETTER.test(name) ? arabicKey(name) : englishKey(name));

export function goldKeys(gold: GoldEntity): Set<string> {
  return new Set([englishKey(gold.en), ...gold.ar.map(arabicKey)]);
}

export function predictedKeys(entity: ExtractedEntity): Set<string> {
  const names = [entity.name.ar, entity.name.en, ...(entity.aliases ?? [])];
  return new Set(names.filter((n): n is string => !!n && n.trim() !== "").map(nameKey));
}

/** How a predicted entity is shown in reports. */
export const displayName = (entity: ExtractedEntity) =>
  entity.name.en ? `${entity.name.en} (${entity.name.ar})` : entity.name.ar;

export interface EntityMatching {
  /** Predicted entity id → index of the gold entity it matched. */
  matched: Map<string, number>;
  unmatchedPredicted: ExtractedEntity[];
  unmatchedGold: GoldEntity[];
}

/**
 * Greedy one-to-one matching: each predicted entity takes the first still-free gold entity that
 * shares a key. A second prediction of the same gold entity (a duplicate) stays unmatched.
 */
export function matchEntities(predicted: ExtractedEntity[], gold: GoldEntity[]): EntityMatching {
  const keys = gold.map(goldKeys);
  const taken = new Set<number>();
  const matched = new Map<string, number>();
  const unmatchedPredicted: ExtractedEntity[] = [];
  for (const entity of predicted) {
    const mine = predictedKeys(entity);
    const index = keys.findIndex((k, i) => !taken.has(i) && [...mine].some((key) => k.has(key)));
    if (index < 0 || matched.has(entity.id)) {
      unmatchedPredicted.push(entity);
      continue;
    }
    taken.add(index);
    matched.set(entity.id, index);
  }
  const unmatchedGold = gold.filter((_, i) => !taken.has(i));
  return { matched, unmatchedPredicted, unmatchedGold };
}
