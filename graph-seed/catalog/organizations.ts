/** International bodies, government seats used as actors (`الكرملين`), agencies and armed groups. */
import type { CatalogEntry } from "./types.ts";

function org(slug: string, en: string, aliases: string[], weakAliases?: string[]): CatalogEntry {
  return { id: `org:${slug}`, type: "Organization", name: { ar: aliases[0]!, en }, aliases, weakAliases };
}

export const ORGANIZATIONS: CatalogEntry[] = [
  org("un", "United Nations", ["الأمم المتحدة", "منظمة الأمم المتحدة"]),
  org("un-security-council", "UN Security Council", ["مجلس الأمن", "مجلس الأمن الدولي"]),
  org("un-general-assembly", "UN General Assembly", ["الجمعية العامة للأمم المتحدة"]),
  org("arab-league", "Arab League", ["جامعة الدول العربية", "الجامعة العربية"]),
  org("kremlin", "Kremlin", ["الكرملين"]),
  // Parliaments and councils whose heads the news names by title (`رئيس مجلس نواب الشعب X`).
  org("tunisia-assembly", "Assembly of the Representatives of the People (Tunisia)", ["مجلس نواب الشعب"]),
  org("libya-house-of-representatives", "House of Representatives (Libya)", ["مجلس النواب الليبي"]),
  org("libya-high-council-of-state", "High Council of State (Libya)", ["المجلس الأعلى للدولة"]),
  org("egypt-house-of-representatives", "House of Representatives (Egypt)", ["مجلس النواب المصري"]),
  org("jordan-senate", "Senate (Jordan)", ["مجلس الأعيان"]),
  org("kuwait-national-assembly", "National Assembly (Kuwait)", ["مجلس الأمة الكويتي"]),
  org("lebanon-parliament", "Parliament (Lebanon)", ["مجلس النواب اللبناني"]),
  org("bahrain-council-of-representatives", "Council of Representatives (Bahrain)", ["مجلس النواب البحريني"]),
  org("shura-council", "Shura Council", ["مجلس الشورى"]),
  org("white-house", "White House", ["البيت الأبيض"]),
  org("elysee", "Élysée Palace", ["الإليزيه", "قصر الإليزيه"]),
  org("sana", "SANA", ["سانا", "وكالة الأنباء السورية", "وكالة سانا"]),
  org("tass", "TASS", ["تاس", "وكالة تاس"]),
  org("ria-novosti", "RIA Novosti", ["ريا نوفوستي", "نوفوستي"]),
  org("sputnik", "Sputnik", ["سبوتنيك"]),
  org("rt", "RT", ["موقع روسيا اليوم", "قناة روسيا اليوم", "روسيا اليوم"]),
  org("mena", "MENA", ["وكالة أنباء الشرق الأوسط"]),
  org("eu", "European Union", ["الاتحاد الأوروبي", "الاتحاد الأوربي"]),
  org("nato", "NATO", ["حلف شمال الأطلسي", "حلف الناتو", "الناتو", "حلف الأطلسي"]),
  org("african-union", "African Union", ["الاتحاد الأفريقي", "الاتحاد الإفريقي"]),
  org("gcc", "Gulf Cooperation Council", ["مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية"]),
  org("opec", "OPEC", ["أوبك", "منظمة أوبك", "أوبك+"]),
  org("iaea", "IAEA", ["الوكالة الدولية للطاقة الذرية"]),
  org("oic", "Organisation of Islamic Cooperation", ["منظمة التعاون الإسلامي"]),
  org("rosatom", "Rosatom", ["روساتوم", "روس آتوم"]),
  org("brics", "BRICS", ["بريكس", "مجموعة بريكس"]),
  org("sco", "Shanghai Cooperation Organisation", ["منظمة شنغهاي للتعاون"]),
  org("hamas", "Hamas", ["حماس", "حركة حماس"]),
  org("hezbollah", "Hezbollah", ["حزب الله"]),
  org("isis", "ISIS", ["داعش", "تنظيم داعش", "الدولة الإسلامية"]),
  org("nusra-front", "Al-Nusra Front", ["جبهة النصرة", "النصرة", "هيئة تحرير الشام"]),
  org("sdf", "Syrian Democratic Forces", ["قوات سوريا الديمقراطية", "قسد"]),
  org("muslim-brotherhood", "Muslim Brotherhood", ["الإخوان المسلمين", "جماعة الإخوان"]),
  org("lna", "Libyan National Army", ["الجيش الوطني الليبي"]),
  org("houthis", "Houthis", ["الحوثيين", "الحوثيون", "جماعة أنصار الله"]),
];
