/**
 * What diplomats discuss, named as in the team's annotation inventory (graph-seed/eval/GUIDELINES.md),
 * each with the phrasings this news uses.
 */
import type { CatalogEntry } from "./types.ts";

function topic(slug: string, en: string, aliases: string[]): CatalogEntry {
  return { id: `topic:${slug}`, type: "Topic", name: { ar: aliases[0]!, en }, aliases };
}

const situation = (where: string[]) =>
  where.flatMap((w) => [`الأزمة في ${w}`, `الأوضاع في ${w}`, `الوضع في ${w}`, `التسوية في ${w}`]);

export const TOPICS: CatalogEntry[] = [
  topic("syrian-crisis", "Syrian crisis", [
    "الأزمة السورية",
    "التسوية السورية",
    "الملف السوري",
    "التسوية السياسية في سوريا",
    "التسوية السياسية في سورية",
    "النزاع في سورية",
    "النزاع في سوريا",
    "الحرب في سوريا",
    ...situation(["سوريا", "سورية"]),
  ]),
  topic("idlib", "Idlib", ["إدلب", "ادلب", "محافظة إدلب"]),
  topic("astana-process", "Astana process", [
    "عملية أستانا",
    "عملية أستانة",
    "مسار أستانا",
    "مسار أستانة",
    "اجتماع أستانة",
    "اجتماع أستانا",
    "محادثات أستانا",
    "محادثات أستانة",
    "صيغة أستانا",
    "أستانا",
    "أستانة",
  ]),
  topic("sochi-congress", "Syrian National Dialogue Congress", [
    "مؤتمر الحوار الوطني السوري",
    "مؤتمر الحوار الوطني",
    "مؤتمر الحوار السوري",
    "مؤتمر سوتشي",
  ]),
  topic("syrian-constitutional-committee", "Syrian constitutional committee", [
    "اللجنة الدستورية",
    "لجنة صياغة الدستور",
    "لجنة مناقشة الدستور",
  ]),
  topic("de-escalation-zones", "De-escalation zones", [
    "مناطق خفض التوتر",
    "مناطق تخفيف التوتر",
    "منطقة خفض التوتر",
    "منطقة تخفيف التوتر",
    "منطقة خفض التصعيد",
    "مناطق خفض التصعيد",
    "تخفيف التوتر",
    "خفض التوتر",
  ]),
  topic("libya-crisis", "Libya crisis", ["الأزمة الليبية", "الملف الليبي", ...situation(["ليبيا"])]),
  topic("yemen-crisis", "Yemen crisis", ["الأزمة اليمنية", "الملف اليمني", ...situation(["اليمن"])]),
  topic("iraq-crisis", "Iraq crisis", ["الأزمة العراقية", ...situation(["العراق"])]),
  topic("lebanon-crisis", "Lebanon crisis", ["الأزمة اللبنانية", ...situation(["لبنان"])]),
  topic("sudan-crisis", "Sudan crisis", ["الأزمة السودانية", ...situation(["السودان"])]),
  topic("palestinian-cause", "Palestinian cause", [
    "القضية الفلسطينية",
    "الملف الفلسطيني",
    "الأراضي الفلسطينية",
    "غزة",
    "قطاع غزة",
    "عملية السلام",
    "حل الدولتين",
    "الصراع الفلسطيني الإسرائيلي",
  ]),
  topic("ukraine-crisis", "Ukraine crisis", [
    "الأزمة الأوكرانية",
    "الحرب في أوكرانيا",
    ...situation(["أوكرانيا"]),
  ]),
  topic("iran-nuclear-programme", "Iran nuclear programme", [
    "الملف النووي الإيراني",
    "الاتفاق النووي",
    "البرنامج النووي الإيراني",
  ]),
  topic("terrorism", "Terrorism", [
    "الإرهاب",
    "مكافحة الإرهاب",
    "محاربة الإرهاب",
    "الإرهاب الدولي",
    "الإرهابيين",
    "الجماعات الإرهابية",
    "التنظيمات الإرهابية",
  ]),
  topic("trade", "Trade", [
    "التبادل التجاري",
    "التجارة",
    "التعاون التجاري",
    "حجم التجارة",
    "التعاون الاقتصادي",
    "العلاقات الاقتصادية",
    "الاستثمارات",
    "الاستثمار",
  ]),
  topic("energy", "Energy", [
    "الطاقة",
    "النفط",
    "الغاز",
    "الطاقة الذرية",
    "الطاقة النووية",
    "محطة الضبعة",
    "محطة الضبعة النووية",
    "الضبعة",
  ]),
  topic("air-travel", "Air travel", [
    "الطيران المباشر",
    "رحلات الطيران",
    "الرحلات الجوية",
    "حركة الطيران",
    "السياحة",
  ]),
  topic("food-security", "Food security", ["القمح", "الأمن الغذائي", "الحبوب"]),
  topic("refugees", "Refugees", ["اللاجئين", "عودة اللاجئين", "اللاجئون"]),
  topic("sanctions", "Sanctions", ["العقوبات", "عقوبات"]),
  topic("water-security", "Water security", ["الأمن المائي", "سد النهضة", "مياه النيل"]),
  topic("climate-change", "Climate change", ["التغير المناخي", "تغير المناخ", "المناخ"]),
];
