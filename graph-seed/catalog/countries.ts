/**
 * Countries: every Arab League state and the powers that appear in this news, with name variants and
 * nationality adjectives (`المصري`, `المصرية`, `مصري` …) generated from one stem each.
 */
import type { CatalogCountry } from "./types.ts";

/** Definite and indefinite, masculine, feminine and plural forms of a nationality stem (`روسي`). */
export function demonymForms(stem: string): string[] {
  const fem = `${stem.replace(/ي$/, "ية")}`;
  const plural = `${stem}ين`;
  return [`ال${stem}`, `ال${fem}`, `ال${plural}`, stem, fem, plural];
}

function country(slug: string, en: string, aliases: string[], stems: string[], extra: string[] = []) {
  const entry: CatalogCountry = {
    id: `country:${slug}`,
    type: "Country",
    name: { ar: aliases[0]!, en },
    aliases,
    demonyms: [...stems.flatMap(demonymForms), ...extra],
  };
  return entry;
}

export const COUNTRIES: CatalogCountry[] = [
  country("russia", "Russia", ["روسيا", "الاتحاد الروسي", "روسيا الاتحادية"], ["روسي"], ["الروس"]),
  country("egypt", "Egypt", ["مصر", "جمهورية مصر العربية"], ["مصري"]),
  country("syria", "Syria", ["سوريا", "سورية", "سورياة", "الجمهورية العربية السورية"], ["سوري"]),
  country(
    "saudi-arabia",
    "Saudi Arabia",
    ["السعودية", "المملكة العربية السعودية", "المملكة السعودية"],
    ["سعودي"],
  ),
  country(
    "united-states",
    "United States",
    ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    ["أمريكي", "أميركي"],
    ["الأمريكان", "الأميركان"],
  ),
  country("united-kingdom", "United Kingdom", ["بريطانيا", "المملكة المتحدة"], ["بريطاني"]),
  country("turkey", "Turkey", ["تركيا"], ["تركي"], ["الأتراك"]),
  country("iran", "Iran", ["إيران", "ايران"], ["إيراني"]),
  country("israel", "Israel", ["إسرائيل", "الكيان الصهيوني"], ["إسرائيلي", "صهيوني"]),
  country("palestine", "Palestine", ["فلسطين", "دولة فلسطين"], ["فلسطيني"]),
  country("jordan", "Jordan", ["الأردن", "المملكة الأردنية الهاشمية"], ["أردني"]),
  country("iraq", "Iraq", ["العراق"], ["عراقي"]),
  country("lebanon", "Lebanon", ["لبنان"], ["لبناني"]),
  country("yemen", "Yemen", ["اليمن"], ["يمني"]),
  country("oman", "Oman", ["سلطنة عمان", "سلطنة عُمان"], ["عماني"]),
  country(
    "united-arab-emirates",
    "United Arab Emirates",
    ["الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات"],
    ["إماراتي"],
  ),
  country("qatar", "Qatar", ["قطر"], ["قطري"]),
  country("bahrain", "Bahrain", ["البحرين"], ["بحريني"]),
  country("kuwait", "Kuwait", ["الكويت"], ["كويتي"]),
  country("libya", "Libya", ["ليبيا"], ["ليبي"]),
  country("tunisia", "Tunisia", ["تونس"], ["تونسي"]),
  country("algeria", "Algeria", ["الجزائر"], ["جزائري"]),
  country("morocco", "Morocco", ["المغرب", "المملكة المغربية"], ["مغربي"]),
  country("mauritania", "Mauritania", ["موريتانيا"], ["موريتاني"]),
  country("sudan", "Sudan", ["السودان"], ["سوداني"]),
  country("somalia", "Somalia", ["الصومال"], ["صومالي"]),
  country("djibouti", "Djibouti", ["جيبوتي"], []),
  country("comoros", "Comoros", ["جزر القمر"], []),
  country("china", "China", ["الصين"], ["صيني"]),
  country("france", "France", ["فرنسا"], ["فرنسي"]),
  country("germany", "Germany", ["ألمانيا"], ["ألماني"]),
  country("italy", "Italy", ["إيطاليا"], ["إيطالي"]),
  country("japan", "Japan", ["اليابان"], ["ياباني"]),
  country("india", "India", ["الهند"], ["هندي"]),
  country("ukraine", "Ukraine", ["أوكرانيا"], ["أوكراني"]),
  country("belarus", "Belarus", ["بيلاروسيا", "روسيا البيضاء"], ["بيلاروسي"]),
  country("kazakhstan", "Kazakhstan", ["كازاخستان"], ["كازاخستاني"]),
  country("ethiopia", "Ethiopia", ["إثيوبيا"], ["إثيوبي"]),
  country("pakistan", "Pakistan", ["باكستان"], ["باكستاني"]),
  country("afghanistan", "Afghanistan", ["أفغانستان"], ["أفغاني"]),
  country("greece", "Greece", ["اليونان"], ["يوناني"]),
  country("cyprus", "Cyprus", ["قبرص"], ["قبرصي"]),
  country("spain", "Spain", ["إسبانيا"], ["إسباني"]),
  country("azerbaijan", "Azerbaijan", ["أذربيجان"], ["أذربيجاني"]),
  country("armenia", "Armenia", ["أرمينيا"], ["أرميني"]),
  country("brazil", "Brazil", ["البرازيل"], ["برازيلي"]),
  country("south-africa", "South Africa", ["جنوب أفريقيا", "جنوب إفريقيا"], []),
  country("switzerland", "Switzerland", ["سويسرا"], ["سويسري"]),
  country("austria", "Austria", ["النمسا"], ["نمساوي"]),
  country("north-korea", "North Korea", ["كوريا الشمالية"], []),
  country("venezuela", "Venezuela", ["فنزويلا"], ["فنزويلي"]),
];
