/**
 * Lexicon files in, checked and normalised word sets out. Runs once, when the extractor is imported:
 * rules look words up in the sets (or in patterns built from them at module load), never per call.
 */
import type { z } from "zod";
import { normalizeArabic } from "../text/normalize.ts";
import type { WordListsFile } from "./schema.ts";

export class LexiconError extends Error {
  override name = "LexiconError";
}

/** The value at a zod issue's path, for the message: `lists.meeting.words.3 ("abc")`. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : v;
  return v;
}

/** A lexicon file that does not fit its schema stops the extractor at load, naming the file and entry. */
export function parseLexicon<T extends z.ZodType>(file: string, schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const at = issue.path.map(String).join(".") || "(root)";
    const value = valueAt(data, issue.path);
    const shown = typeof value === "string" ? ` (${JSON.stringify(value)})` : "";
    return `lexicon/${file}: ${at}${shown}: ${issue.message}`;
  });
  throw new LexiconError(lines.join("\n"));
}

/** Each list of a word-list file as a set of normalised words, in file order (for alternations). */
export function loadWordLists<K extends string>(
  file: string,
  schema: WordListsFile<K>,
  data: unknown,
): Readonly<Record<K, ReadonlySet<string>>> {
  const { lists } = parseLexicon(file, schema, data) as { lists: Record<K, { words: string[] }> };
  const out = {} as Record<K, ReadonlySet<string>>;
  for (const name of Object.keys(lists) as K[]) out[name] = new Set(lists[name].words.map(normalizeArabic));
  return out;
}

/** A word list as a regex alternation (`a|b|c`); the schema admits only Arabic letters and spaces. */
export function alternation(words: ReadonlySet<string>): string {
  return [...words].join("|");
}
