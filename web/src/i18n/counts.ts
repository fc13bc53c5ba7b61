/**
 * Count nouns, chosen by Intl.PluralRules: Arabic has six forms (0, 1, 2, 3–10, 11–99, 100…), so
 * "3 عقدة" (the singular) read wrong where "3 عقد" was meant. A phrase names which of its variables
 * are counts (types.ts: `counts`) and translate() writes them through these.
 */
import type { Language } from "../../../model/kinds.ts";

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Edges, connections and links are all `رابط` in Arabic. */
const RABIT: Forms = {
  zero: "لا روابط",
  one: "رابط واحد",
  two: "رابطان",
  few: "{n} روابط",
  many: "{n} رابطًا",
  other: "{n} رابط",
};

export const COUNT_NOUNS = {
  node: {
    en: { one: "{n} node", other: "{n} nodes" },
    ar: {
      zero: "لا عقد",
      one: "عقدة واحدة",
      two: "عقدتان",
      few: "{n} عقد",
      many: "{n} عقدةً",
      other: "{n} عقدة",
    },
  },
  edge: {
    en: { one: "{n} edge", other: "{n} edges" },
    ar: RABIT,
  },
  connection: {
    en: { one: "{n} connection", other: "{n} connections" },
    ar: RABIT,
  },
  link: {
    en: { one: "{n} link", other: "{n} links" },
    ar: RABIT,
  },
  event: {
    en: { one: "{n} event", other: "{n} events" },
    ar: {
      zero: "لا أحداث",
      one: "حدث واحد",
      two: "حدثان",
      few: "{n} أحداث",
      many: "{n} حدثًا",
      other: "{n} حدث",
    },
  },
  community: {
    en: { one: "{n} community", other: "{n} communities" },
    ar: {
      zero: "لا مجتمعات",
      one: "مجتمع واحد",
      two: "مجتمعان",
      few: "{n} مجتمعات",
      many: "{n} مجتمعًا",
      other: "{n} مجتمع",
    },
  },
  mention: {
    en: { one: "{n} mention", other: "{n} mentions" },
    ar: {
      zero: "لا إشارات",
      one: "إشارة واحدة",
      two: "إشارتان",
      few: "{n} إشارات",
      many: "{n} إشارةً",
      other: "{n} إشارة",
    },
  },
  time: {
    en: { one: "once", other: "{n} times" },
    ar: { zero: "0 مرة", one: "مرة واحدة", two: "مرتين", few: "{n} مرات", many: "{n} مرةً", other: "{n} مرة" },
  },
  more: {
    en: { other: "{n} more" },
    ar: { one: "واحد آخر", two: "اثنان آخران", other: "{n} آخرين" },
  },
} satisfies Record<string, Record<Language, Forms>>;

export type CountNoun = keyof typeof COUNT_NOUNS;

/** Grouped digits (1,234); Latin digits in Arabic too, as everywhere else in the interface. */
const numberFormat = (lang: Language) => new Intl.NumberFormat(lang === "ar" ? "ar-u-nu-latn" : "en");

const rules = new Map<Language, Intl.PluralRules>();
const rulesFor = (lang: Language) => {
  const known = rules.get(lang);
  if (known) return known;
  const made = new Intl.PluralRules(lang);
  rules.set(lang, made);
  return made;
};

/** "3 nodes", "٣ عقد" style: the count with its noun in the form the language's plural rules pick. */
export function countText(lang: Language, noun: CountNoun, n: number): string {
  const forms: Forms = COUNT_NOUNS[noun][lang];
  const form = forms[rulesFor(lang).select(n)] ?? forms.other;
  return form.replaceAll("{n}", numberFormat(lang).format(n));
}

/** Items joined as the language joins a list ("A, B and C"; in Arabic "أ وب وج"). */
export function listText(lang: Language, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(items);
}
