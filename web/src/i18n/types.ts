import type { CountNoun } from "./counts.ts";

/** A UI string in both languages. */
export interface Phrase {
  en: string;
  ar: string;
  /** Variables that are counts of a noun: written "3 nodes" / "3 عقد" by the plural rules (counts.ts). */
  counts?: Record<string, CountNoun>;
}
export type Dictionary = Record<string, Phrase>;
