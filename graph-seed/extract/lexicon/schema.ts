/**
 * What each lexicon file may hold, as zod schemas: one schema per kind of file. A word-list file names
 * exactly the lists its rules read (a misspelt or missing list is an error, not an empty set), and
 * every word is Arabic, so a list can go into a regex alternation without escaping.
 */
import { z } from "zod";

/** A word or a short phrase as Arabic news writes it: letters, marks (`لقاءً`) and single spaces. */
export const arabicWord = z.string().regex(/^[\p{Script=Arabic}\p{M}]+( [\p{Script=Arabic}\p{M}]+)*$/u, {
  message: "Arabic words only, one space between words",
});

/** One named list: why the rules need it, and its words in the order a pattern tries them. */
const wordList = z.strictObject({ about: z.string().min(1), words: z.array(arabicWord).min(1) });

/** A file of named word lists: `{ about, lists: { name: { about, words } } }`. */
function wordListsFile<const K extends string>(names: readonly K[]) {
  const lists = Object.fromEntries(names.map((n) => [n, wordList])) as Record<K, typeof wordList>;
  return z.strictObject({ about: z.string().min(1), lists: z.strictObject(lists) });
}

export type WordListsFile<K extends string> = ReturnType<typeof wordListsFile<K>>;

/** triggers.json: words that tell an event, and the words around them that decide its kind. */
export const TRIGGER_LISTS = [
  "meeting",
  "audience",
  "pluralGatherings",
  "banquets",
  "honourWords",
  "honouredGroups",
  "dualTalksByPhone",
  "definiteVerbs",
  "talksVerbs",
  "phonedVerbs",
  "callNouns",
  "callNounsNeedingPhone",
  "communicationsOffices",
  "summit",
  "pressNouns",
  "pressAdjectives",
  "signVerbs",
  "dealStems",
  "agreementNouns",
  "agreementReachedVerbs",
  "welcomeHosts",
  "welcomeNouns",
  "welcomeEpithets",
  "participationVerbs",
  "gatheringNouns",
  "intoPronouns",
  "interviewAdjectives",
  "mediaNouns",
  "parallelWords",
  "settingWords",
  "ownPartiesWords",
  "sidelinesPronouns",
  "sameDayTimers",
  "calledVerbs",
  "credentials",
  "credentialObjects",
  "otherTours",
  "relatingWords",
  "toldGatherings",
  "otherGatherings",
  "timeOfWords",
  "participationMarkers",
] as const;
export const triggersFile = wordListsFile(TRIGGER_LISTS);

/** participants.json: words that say who takes part in an event, and in what role. */
export const PARTICIPANT_LISTS = [
  "dualSides",
  "pointerWords",
  "apartWords",
  "tourWords",
  "eachWords",
  "aboutWords",
  "witnessVerbs",
  "chairVerbs",
  "chairedBy",
  "attendVerbs",
  "presenceWords",
  "joiningVerbs",
  "gatheredVerbs",
  "delegationVerbs",
  "delegationNouns",
  "unnamedOfficials",
  "broughtTogether",
  "receiveVerbs",
  "receivedCallVerbs",
  "countedGroups",
  "groupCounts",
] as const;
export const participantsFile = wordListsFile(PARTICIPANT_LISTS);

/** cues.json: words that say an event is planned, past, denied, reported, or someone absent. */
export const CUE_LISTS = [
  "plannedPhrases",
  "plannedOpenings",
  "plannedWords",
  "notFutureStems",
  "comingTimeWords",
  "backgroundPhrases",
  "pastTimes",
  "earlierMeetingNouns",
  "earlierAdjectives",
  "recallingWords",
  "denialVerbs",
  "deniedObjects",
  "negationParticles",
  "negatedVerbs",
  "presentStems",
  "laterTimes",
  "duringPronouns",
  "timeBeforeAn",
  "clauseOpeners",
  "commaOpeners",
  "sayingVerbs",
  "sayingParticiples",
  "complementizers",
  "speakerComplementizers",
  "temporalBeforeComplementizer",
  "messageNouns",
  "phraseEnds",
  "envoyNouns",
  "envoyQualifiers",
  "envoySenders",
  "predecessorWords",
  "regimeWords",
  "deathWords",
  "visitToCome",
  "leadershipPhrases",
] as const;
export const cuesFile = wordListsFile(CUE_LISTS);

/** names.json: words that end or join a person's name, and words that stand for a person. */
export const NAME_LISTS = [
  "stopFunctionWords",
  "stopTimeWords",
  "stopProseWords",
  "stopVerbs",
  "stopEventWords",
  "stopTitles",
  "stopTalksWords",
  "stopCourtesyWords",
  "stopInstitutions",
  "nameJoiners",
  "familyJoiners",
  "sonOfWords",
  "joinerBreaks",
  "compoundNameEnds",
  "dynasties",
  "counterparts",
  "dualCounterparts",
  "dualPresidents",
  "qualifiedNouns",
  "honorificPronouns",
  "styleTitleWords",
  "messrs",
  "mononymEnds",
] as const;
export const namesFile = wordListsFile(NAME_LISTS);

/** titles.json: words around an office title, and office nouns. */
export const TITLE_LISTS = [
  "honorifics",
  "formerWords",
  "titleTails",
  "stateStyles",
  "stateNameTails",
  "friendlyEpithets",
  "homeWords",
  "officeNouns",
  "ranks",
  "rankGrades",
  "rankBefore",
  "deputies",
  "ministerWords",
  "postPrepositions",
  "courtWords",
  "governmentWords",
  "sideTitleWords",
  "catalogTitleWords",
  "ministryWords",
  "officialOfNouns",
  "bareTitles",
  "bodyNouns",
  "saudiKingStyles",
] as const;
export const titlesFile = wordListsFile(TITLE_LISTS);

/** places.json: words that decide what a place name stands for. */
export const PLACE_LISTS = [
  "placeNameHeads",
  "siteHeads",
  "siteWords",
  "siteHonours",
  "siteTrailing",
  "siteGeneric",
  "notStateNouns",
  "situationNouns",
  "situationAbout",
  "countryListWords",
  "continentParts",
  "sultanateWords",
  "placeIntroducers",
  "namedAfterHeads",
] as const;
export const placesFile = wordListsFile(PLACE_LISTS);

/** boilerplate.json: words that mark a line as no news. */
export const BOILERPLATE_LISTS = [
  "agencies",
  "readerCalls",
  "teaserVerbs",
  "teaserAdverbs",
  "relatedNouns",
  "relatedQualifiers",
] as const;
export const boilerplateFile = wordListsFile(BOILERPLATE_LISTS);

/** dates.json: ordinal day words, whose place in their list is their value. */
export const DATE_LISTS = ["ordinalUnits", "ordinalTens"] as const;
export const datesFile = wordListsFile(DATE_LISTS)
  .refine((f) => f.lists.ordinalUnits.words.length === 10, {
    message: "ordinalUnits holds the ten units, first to tenth",
    path: ["lists", "ordinalUnits", "words"],
  })
  .refine((f) => f.lists.ordinalTens.words.length === 2, {
    message: "ordinalTens holds twentieth and thirtieth",
    path: ["lists", "ordinalTens", "words"],
  });

export const givenNamesFile = z.object({ about: z.string() }).catchall(z.array(arabicWord).min(1));
export const proseWordsFile = z.object({ about: z.string(), words: z.array(arabicWord) });
