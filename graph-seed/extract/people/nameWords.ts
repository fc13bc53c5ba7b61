/**
 * Which words may be part of a person's name found from context. Function words, time words and the
 * verbs news puts after a subject end a name; so does any word glued to a clitic and an article.
 */
import { NAME_STOP, NAMES } from "../lexicon/index.ts";

/** Words that end a name found from context (names.json, the `stop…` lists). */
export { NAME_STOP };

/** Words that join parts of one name (`بن`, `عبد`, `آل`) and so cannot end it. */
export const NAME_JOINERS = NAMES.nameJoiners;

/** `والرئيس`, `بالقاهرة`, `للأزمة`: a clitic before the article marks a common noun, not a name. */
/** `الكيني`, `الماليزي`: a nationality adjective the catalog lacks, not a name. */
export function looksLikeNisba(norm: string): boolean {
  return /^ال..+ي$/.test(norm) && norm.length >= 5;
}

/** Later words of a name are not present-tense verbs (`أنور إبراهيم يعتزم`). */
export function looksLikeVerb(norm: string): boolean {
  // Slavic and other foreign surnames (`يفيموف`, `تشوركين`) start the same way but end tellingly.
  // `سيارتو`, `تيتيه`: a final `و` or `يه` ends no Arabic verb form.
  // `تالوار`: a present-tense prefix is not followed by a long `ا`.
  return (
    /^(ي|ت|سي|ست)..../.test(norm) &&
    !/^[يت]ا/.test(norm) &&
    // `تياني`, `تيبو`: no present-tense verb opens with `تي`.
    !/^تي/.test(norm) &&
    !/(وف|يف|وفا|يفا|سكي|نكو|يتش|ين|يان|نغ|ينه|[^ا]و|يه)$/.test(norm) &&
    // `تشيسكيدي`: eight letters or more ending in `ي` is no verb of the news (`تستدعي` has six).
    !/^.{6,}[^ي]ي$/.test(norm)
  );
}

export function looksLikeName(norm: string): boolean {
  if (NAME_STOP.has(norm)) return false;
  // `وصاحب`, `وسمو`: a stop word behind a conjunction is still a stop word.
  if (/^[وف]/.test(norm) && NAME_STOP.has(norm.slice(1))) return false;
  // Short words such as `فال` (Fall) are names, not a clitic before the article.
  if (/^(وال|بال|فال|كال|لل|ولل)../.test(norm)) return false;
  if (/^\d/.test(norm)) return false;
  // `تحياته`, `لفخامته`: a noun with a possessive pronoun is prose, not a name.
  if (/(ته|تها|تهما|اته)$/.test(norm)) return false;
  return norm.length >= 2;
}
