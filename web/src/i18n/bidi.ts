/**
 * ISO dates inside right-to-left text: after an Arabic word the bidi algorithm reads "2000-05-07" as
 * three Arabic numbers and shows them as 07-05-2000. A left-to-right isolate (LRI … PDI) keeps each
 * date in one piece, in its own order, whatever surrounds it.
 */
import type { Language } from "../../../model/kinds.ts";

const LRI = "\u2066";
const PDI = "\u2069";
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const isIsoDate = (value: unknown): value is string =>
  typeof value === "string" && ISO_DATE.test(value);

/** The date isolated left to right in the Arabic interface; unchanged in English, where LTR is the flow. */
export const dateText = (date: string, lang: Language) => (lang === "ar" ? `${LRI}${date}${PDI}` : date);
