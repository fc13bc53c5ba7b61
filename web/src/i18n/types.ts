/** A UI string in both languages. */
export interface Phrase {
  en: string;
  ar: string;
}
export type Dictionary = Record<string, Phrase>;
