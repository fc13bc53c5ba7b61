/**
 * Offices and the Arabic titles that name them. A title followed by a nationality (`الرئيس الروسي`)
 * names whoever held that office in that country on the article's date; followed by a name it
 * introduces a person, catalogued or not.
 */
import type { Name } from "../../model/graph.ts";
import type { OfficeKey } from "./types.ts";

export interface OfficeTitle {
  /** null: a title that introduces a person but names no office the catalog tracks (`سفير`). */
  office: OfficeKey | null;
  /** Arabic title as written; matched after normalisation. */
  title: string;
}

export const OFFICE_NAMES: Record<OfficeKey, Name> = {
  president: { ar: "الرئيس", en: "President" },
  "prime-minister": { ar: "رئيس الوزراء", en: "Prime Minister" },
  "foreign-minister": { ar: "وزير الخارجية", en: "Foreign Minister" },
  "defense-minister": { ar: "وزير الدفاع", en: "Defence Minister" },
  king: { ar: "الملك", en: "King" },
  "crown-prince": { ar: "ولي العهد", en: "Crown Prince" },
  emir: { ar: "الأمير", en: "Emir" },
  sultan: { ar: "السلطان", en: "Sultan" },
  chancellor: { ar: "المستشار", en: "Chancellor" },
  "supreme-leader": { ar: "المرشد الأعلى", en: "Supreme Leader" },
  "secretary-general": { ar: "الأمين العام", en: "Secretary-General" },
  "un-envoy": { ar: "المبعوث الأممي", en: "UN Envoy" },
  spokesperson: { ar: "المتحدث باسم", en: "Spokesperson" },
  commander: { ar: "القائد", en: "Commander" },
  "deputy-foreign-minister": { ar: "نائب وزير الخارجية", en: "Deputy Foreign Minister" },
  leader: { ar: "الزعيم", en: "Leader" },
};

/** Longest titles first, so `نائب وزير الخارجية` wins over `وزير الخارجية`. */
export const OFFICE_TITLES: OfficeTitle[] = [
  { office: "deputy-foreign-minister", title: "نائب وزير الخارجية" },
  { office: "foreign-minister", title: "وزير الخارجية" },
  { office: "foreign-minister", title: "وزيرة الخارجية" },
  { office: "foreign-minister", title: "وزير الشؤون الخارجية" },
  // Oman's title for its foreign minister.
  { office: "foreign-minister", title: "الوزير المسؤول عن الشؤون الخارجية" },
  { office: "defense-minister", title: "وزير الدفاع" },
  { office: "defense-minister", title: "وزيرة الدفاع" },
  { office: "prime-minister", title: "رئيس الوزراء" },
  { office: "prime-minister", title: "رئيسة الوزراء" },
  { office: "prime-minister", title: "رئيس الحكومة" },
  { office: "prime-minister", title: "رئيس حكومة" },
  { office: "prime-minister", title: "رئيس مجلس الوزراء" },
  { office: "crown-prince", title: "ولي العهد" },
  { office: "supreme-leader", title: "المرشد الأعلى" },
  { office: "secretary-general", title: "الأمين العام" },
  { office: "un-envoy", title: "المبعوث الأممي" },
  { office: "un-envoy", title: "المبعوث الخاص" },
  { office: "un-envoy", title: "المبعوث الدولي" },
  { office: "un-envoy", title: "المبعوث" },
  { office: "spokesperson", title: "المتحدث باسم" },
  { office: "spokesperson", title: "المتحدثة باسم" },
  { office: "spokesperson", title: "المتحدث الرسمي باسم" },
  { office: "spokesperson", title: "الناطق باسم" },
  { office: "spokesperson", title: "المتحدث الرسمي" },
  { office: "president", title: "رئيس الجمهورية" },
  { office: "president", title: "رئيس الدولة" },
  ...[
    "الطاقة",
    "المالية",
    "الاقتصاد",
    "الداخلية",
    "التجارة",
    "الزراعة",
    "الصناعة",
    "النفط",
    "الصحة",
    "النقل",
    "الاستثمار",
    "التخطيط",
    "العدل",
    "الإعلام",
    "الثقافة",
    "السياحة",
    "الري",
    "الكهرباء",
    "الاتصالات",
    "الدولة",
    "التعليم",
    "التعليم العالي",
    "الموارد المائية",
    "التعاون الدولي",
  ].flatMap((portfolio) => [
    { office: null, title: `وزير ${portfolio}` },
    { office: null, title: `وزيرة ${portfolio}` },
  ]),
  { office: null, title: "رئيس المجلس الرئاسي" },
  { office: null, title: "رئيس مجلس السيادة" },
  { office: null, title: "رئيس مجلس النواب" },
  { office: null, title: "رئيس مجلس الشعب" },
  { office: null, title: "رئيس مجلس الشورى" },
  { office: null, title: "رئيس مجلس الشيوخ" },
  { office: null, title: "المفوض الأوروبي" },
  { office: null, title: "زعيم حزب" },
  { office: null, title: "زعيمة حزب" },
  { office: null, title: "رئيس حزب" },
  { office: null, title: "رئيسة حزب" },
  { office: null, title: "المفوضة الأوروبية" },
  { office: null, title: "الممثل الأعلى" },
  { office: null, title: "الموفد" },
  { office: null, title: "رئيس مجلس الدوما" },
  { office: null, title: "رئيس الجمعية الوطنية" },
  { office: null, title: "رئيس المجلس الوطني" },
  { office: null, title: "رئيسة مجلس النواب" },
  { office: null, title: "رئيس البرلمان" },
  { office: null, title: "رئيس مجلس الأمة" },
  { office: null, title: "رئيس الأركان" },
  { office: null, title: "قائد الجيش" },
  { office: null, title: "مستشار الأمن القومي" },
  { office: null, title: "المندوب الدائم" },
  { office: null, title: "نائب الرئيس" },
  // `وفد … برئاسة خليل الحية`: "headed by" introduces the delegation's head by name.
  { office: null, title: "برئاسة" },
  { office: "president", title: "الرئيس" },
  { office: "president", title: "الرئيسة" },
  { office: "king", title: "العاهل" },
  { office: "king", title: "الملك" },
  { office: "emir", title: "الأمير" },
  { office: "sultan", title: "السلطان" },
  { office: "chancellor", title: "المستشارة" },
  { office: "chancellor", title: "المستشار" },
  { office: "commander", title: "المشير" },
  { office: "commander", title: "القائد" },
  { office: "leader", title: "الزعيم" },
];

/** Titles in construct with a country's name: `أمير قطر`, `رئيس وزراء إسرائيل`, `وزير خارجية مصر`. */
export const CONSTRUCT_TITLES: OfficeTitle[] = [
  { office: "deputy-foreign-minister", title: "نائب وزير خارجية" },
  { office: "foreign-minister", title: "وزير خارجية" },
  { office: "foreign-minister", title: "وزيرة خارجية" },
  { office: "defense-minister", title: "وزير دفاع" },
  { office: "prime-minister", title: "رئيس وزراء" },
  { office: "prime-minister", title: "رئيسة وزراء" },
  { office: "prime-minister", title: "رئيس حكومة" },
  { office: "crown-prince", title: "ولي عهد" },
  { office: "president", title: "رئيس" },
  { office: "president", title: "رئيسة" },
  { office: "king", title: "ملك" },
  { office: "king", title: "عاهل" },
  { office: "emir", title: "أمير" },
  { office: "sultan", title: "سلطان" },
  { office: null, title: "سفير" },
  { office: "chancellor", title: "مستشار" },
];

/** Words that can stand between a title and a name without being part of either (`السفير`, `السيد`). */
export const HONORIFICS = [
  "السفير",
  "السفيرة",
  "السيد",
  "السيدة",
  "الدكتور",
  "د",
  "الفريق",
  "اللواء",
  "الشيخ",
  "الشيخة",
  // Gulf styles of address, used before a minister's or envoy's name.
  "معالي",
  "سعادة",
  "فخامة",
];
