/**
 * Whether a word can open the name of someone the catalog does not know. After a title, news puts a
 * name or the sentence's predicate (`نائب وزير الخارجية الروسي يناقش …`, `أمير قطر يتصل …`,
 * `وصل الوزير بزيارة …`); the predicate opens with a verb, a preposition glued to a noun, or a noun
 * carrying a pronoun, none of which opens a name. A given name opens one whatever its shape.
 */
import { CATALOG_NAME_WORDS, CUES, GIVEN_NAMES, PLACES, PROSE_WORDS, TITLES } from "../lexicon/index.ts";
import { NAME_STOP } from "./nameWords.ts";

/** Foreign surnames and given names end tellingly (`يفيموف`, `تشوركين`, `سيارتو`): no Arabic verb does. */
const FOREIGN_END = /(وف|يف|وفا|يفا|سكي|نكو|يتش|ين|يان|نغ|ينه|[^ا]و|يه|لاند)$/;

export type NotAName =
  | "stop"
  | "prose"
  | "message"
  | "office"
  | "place"
  | "verb"
  | "preposition"
  | "pronoun"
  | "participle"
  | "conjunction"
  | "adverb";

/** Why `norm` (normalised; `raw` as written) cannot open an unknown name, or null when it can. */
export function whyNotAName(norm: string, raw: string): NotAName | null {
  if (GIVEN_NAMES.has(norm)) return null;
  // `شخصياً`, `حديثاً`: a word written with the accusative's tanween is an adverb or an indefinite
  // noun; names are not written with it.
  if (raw.includes("\u064B")) return "adverb";
  // `غادر الموفد الفرنسي عين التينة`: a place's name opens with a word no person's does (`دير` stands
  // inside `فون دير لاين`, never first).
  if (PLACES.placeNameHeads.has(norm)) return "place";
  if (CATALOG_NAME_WORDS.has(norm)) return null;
  if (NAME_STOP.has(norm)) return "stop";
  // `نقل إلى رئيس الجمهورية تحيات أخيه …`: what a title's holder is sent (greetings, a message).
  if (CUES.messageNouns.has(norm)) return "message";
  // `ولي العهد نائب القائد الأعلى النائب الأول …`: an office noun starts the next title.
  if (TITLES.officeNouns.has(norm.replace(/^(و)?(ال)?/, ""))) return "office";
  if (PROSE_WORDS.has(norm)) return "prose";
  // `، ونيكوس …`: "and" opens the next item of a list, not a name (`وليد`, `وائل` are given names).
  if (/^و../.test(norm)) return "conjunction";
  // `يناقش`, `يتصل`, `سيزور`, `تبحث`: a present or future tense. Not `نيكوس`, `تيريزا` (no verb puts
  // `ي` or `ا` right after its prefix), nor `يرلان` (a dual `-ان` needs a three-letter root).
  const verb = /^(س)?[يتن][^يا]../.test(norm) && !FOREIGN_END.test(norm);
  if (verb && !(norm.endsWith("ان") && norm.length <= 5)) return "verb";
  // `بتوجيهات`, `بزيارة`, `لأول`, `بمطار`: a preposition glued to a noun.
  const rest = norm.slice(1);
  // `كوفي` is no `ك` + `وفي`: a preposition is never followed by the conjunction.
  const conjoined = /^و/.test(rest) && (NAME_STOP.has(rest.slice(1)) || PROSE_WORDS.has(rest.slice(1)));
  if (
    /^[بلك]/.test(norm) &&
    !conjoined &&
    (nounShape(rest) || PROSE_WORDS.has(rest) || NAME_STOP.has(rest) || siteHead(rest))
  )
    return "preposition";
  // `إصداره`, `هنأه`: a noun or verb carrying a pronoun (written `ه`, never the `ة` of names); foreign
  // names end `-يه` or `-كه` (`أندريه`, `هانكه`).
  const written = raw.replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  if (norm.length >= 4 && /([^يك]ه|ها|هما|هم)$/.test(written)) return "pronoun";
  // `موفور`, `مشكور`: the passive participle; names of that shape (`منصور`) are given names above.
  // `المسجون`, `المخلوع`: with the article, an epithet before the name (`السابق المسجون جاير …`).
  if (/^(ال)?م..و.$/.test(norm)) return "participle";
  // `استعرضا`, `اجتمعا`: a dual past verb of the derived forms, the pair's predicate.
  if (/^است...ا$|^ا.ت..ا$/.test(norm)) return "verb";
  return null;
}

/** `بقصر`, `بمطار`: a site's head noun after a preposition is where, never part of a name. */
const siteHead = (w: string) => PLACES.siteHeads.has(w);

/**
 * Shapes of Arabic nouns that names do not take: a feminine or plural ending, the verbal nouns
 * `تفعيل` (`تكليف`), `افتعال` (`اجتماع`), `استفعال` (`استقبال`), `مفعال`/`مفعل` places (`مطار`, `مقر`).
 */
function nounShape(w: string): boolean {
  return (
    /(ه|ات)$/.test(w) ||
    /^ت..ي.$/.test(w) ||
    /^ا..ا.$|^ا...ا.$|^است...ا.$/.test(w) ||
    /^م.ا.$/.test(w) ||
    w === "اول"
  );
}

/**
 * Whether a word opens a name, given the word after it: a verb's shape (`تشارلز` looks like `تشارك`)
 * gives way when a name-like word follows (`تشارلز فلاناغان`), as a verb's object rarely is.
 */
export function opensName(norm: string, raw: string, next?: { norm: string; raw: string }): boolean {
  const why = whyNotAName(norm, raw);
  if (why !== "verb" || !next) return why === null;
  return !next.norm.startsWith("ال") && whyNotAName(next.norm, next.raw) === null;
}

/** A one-word name stands alone only if it is a known given name or has a foreign ending. */
export const standsAlone = (norm: string) =>
  GIVEN_NAMES.has(norm) || CATALOG_NAME_WORDS.has(norm) || FOREIGN_END.test(norm);

/**
 * A word that cannot continue a name either: a verb carrying its object (`نقلها`, `يستقبله`), a
 * preposition's noun (`بمطار`) or a function word. Pronoun-like endings alone are not enough inside a
 * name (`مينه`, `ثانه` in Vietnamese names).
 */
export function endsName(norm: string, raw: string): boolean {
  if (GIVEN_NAMES.has(norm) || CATALOG_NAME_WORDS.has(norm)) return false;
  if (NAME_STOP.has(norm)) return true;
  const rest = norm.slice(1);
  // `عبد الرازق بحسن الاستقبال`: `ب` or `ل` before a given name is a preposition, never a name's word.
  if (/^[بل]/.test(norm) && GIVEN_NAMES.has(rest)) return true;
  // `جوناثان باول` (Powell) is no `بأول` ("with the first"), which is written with its hamza.
  const powell = rest === "اول" && !raw.includes("أ");
  if (/^[بلك]/.test(norm) && !powell && (nounShape(rest) || PROSE_WORDS.has(rest) || siteHead(rest)))
    return true;
  // `فلاديمير زيلينسكي الزيارة …`: a definite noun of the prose around names.
  if (norm.startsWith("ال") && PROSE_WORDS.has(norm)) return true;
  // `روبرت فيتسو ركزا خلال …`: a dual past verb (three root letters and `ا`); `… مؤكدا`, `… معتبرا`:
  // an active participle in the accusative, as news puts after what someone said.
  if (/^[^اوي]{3}ا$/.test(norm) || /^م[^ا]{3}ا$|^م[^ا]ت[^ا]{2}ا$/.test(norm)) return true;
  // `تشينه` (Chinh): `تش` writes a foreign sound no Arabic verb opens with.
  return /^(س)?[يتن][^يا]../.test(norm) && !/^تش/.test(norm) && /(ه|ها|هما|هم)$/.test(raw);
}
