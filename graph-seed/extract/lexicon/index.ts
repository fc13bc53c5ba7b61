/**
 * The extractor's word lists, kept as data (JSON beside this file) and loaded once: given names that
 * may open a person's name, and the words our own articles use as prose.
 */
import { z } from "zod";
import { PEOPLE } from "../../catalog/index.ts";
import { NAME_STOP } from "../nameWords.ts";
import { normalizeArabic } from "../normalize.ts";
import givenNamesFile from "./givenNames.json" with { type: "json" };
import proseWordsFile from "./proseWords.json" with { type: "json" };

const words = (s: string) => normalizeArabic(s).split(/\s+/).filter(Boolean);
const arabicWord = z.string().regex(/^[\p{Script=Arabic} ]+$/u, "Arabic words only");

/** A lexicon file that does not fit its schema stops the extractor at load, naming the file. */
function parse<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`lexicon/${file}: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
}

const givenNamesSchema = z.object({ about: z.string() }).catchall(z.array(arabicWord).min(1));
const proseWordsSchema = z.object({ about: z.string(), words: z.array(arabicWord) });

function loadGivenNames(): Set<string> {
  const { about: _about, ...groups } = parse(givenNamesSchema, givenNamesFile, "givenNames.json");
  const out = new Set<string>();
  for (const list of Object.values(groups)) for (const n of list as string[]) out.add(words(n)[0]!);
  // A catalogued person's first word (`رمطان`, `هاكان`) opens a name too; not a style or title the
  // alias starts with (`الملك سلمان`, `البابا فرنسيس`).
  for (const p of PEOPLE)
    for (const a of p.aliases) {
      const [first, ...rest] = words(a);
      if (rest.length > 0 && !first!.startsWith("ال") && !NAME_STOP.has(first!)) out.add(first!);
    }
  return out;
}

/** Every word of a catalogued person's name: never prose, whatever its shape. */
function loadCatalogNameWords(): Set<string> {
  const out = new Set<string>();
  for (const p of PEOPLE)
    for (const a of [...p.aliases, ...(p.weakAliases ?? [])]) for (const w of words(a)) out.add(w);
  return out;
}

export const GIVEN_NAMES = loadGivenNames();
export const CATALOG_NAME_WORDS = loadCatalogNameWords();
export const PROSE_WORDS = new Set(
  parse(proseWordsSchema, proseWordsFile, "proseWords.json").words.filter((w) => !CATALOG_NAME_WORDS.has(w)),
);
