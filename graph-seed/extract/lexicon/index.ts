/**
 * The extractor's word lists, kept as data (JSON beside this file, described in README.md) and loaded
 * once, when the extractor is imported: each file checked against its schema (schema.ts), each list a
 * set of normalised words.
 */
import { PEOPLE } from "../../catalog/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import boilerplateData from "./boilerplate.json" with { type: "json" };
import cuesData from "./cues.json" with { type: "json" };
import datesData from "./dates.json" with { type: "json" };
import givenNamesData from "./givenNames.json" with { type: "json" };
import { loadWordLists, parseLexicon } from "./load.ts";
import namesData from "./names.json" with { type: "json" };
import participantsData from "./participants.json" with { type: "json" };
import placesData from "./places.json" with { type: "json" };
import proseWordsData from "./proseWords.json" with { type: "json" };
import {
  boilerplateFile,
  cuesFile,
  datesFile,
  givenNamesFile,
  NAME_LISTS,
  namesFile,
  participantsFile,
  placesFile,
  proseWordsFile,
  titlesFile,
  triggersFile,
} from "./schema.ts";
import titlesData from "./titles.json" with { type: "json" };
import triggersData from "./triggers.json" with { type: "json" };

export { alternation } from "./load.ts";

const words = (s: string) => normalizeArabic(s).split(/\s+/).filter(Boolean);

/** Words that tell an event, and the words around a trigger that decide its kind (events/triggers.ts). */
export const TRIGGERS = loadWordLists("triggers.json", triggersFile, triggersData);
/** Words that say who takes part in an event, and in what role (events/participants.ts, events/roles.ts). */
export const PARTICIPANTS = loadWordLists("participants.json", participantsFile, participantsData);
/** Words that say an event is planned, past, denied or reported, or that someone named is absent. */
export const CUES = loadWordLists("cues.json", cuesFile, cuesData);
/** Words that end or join a person's name, and words that stand for a person already named. */
export const NAMES = loadWordLists("names.json", namesFile, namesData);
/** Words around an office title, and office nouns (people/titleNames.ts, people/people.ts). */
export const TITLES = loadWordLists("titles.json", titlesFile, titlesData);
/** Words that decide what a place name stands for: a site, a state, a crisis (mentions/sites.ts, mentions/crisisTopics.ts). */
export const PLACES = loadWordLists("places.json", placesFile, placesData);

/** Words that mark a line as no news: agencies, calls to the reader, teasers (text/boilerplate.ts). */
export const BOILERPLATE = loadWordLists("boilerplate.json", boilerplateFile, boilerplateData);
/** Ordinal day words, whose place in their list is their value (dates/reads.ts). */
export const DATES = loadWordLists("dates.json", datesFile, datesData);

/** Words that end a name found from context: the `stop…` lists of names.json together. */
export const NAME_STOP: ReadonlySet<string> = new Set(
  NAME_LISTS.filter((name) => name.startsWith("stop")).flatMap((name) => [...NAMES[name]]),
);

function loadGivenNames(): Set<string> {
  const { about: _about, ...groups } = parseLexicon("givenNames.json", givenNamesFile, givenNamesData);
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
  parseLexicon("proseWords.json", proseWordsFile, proseWordsData).words.filter(
    (w) => !CATALOG_NAME_WORDS.has(w),
  ),
);
