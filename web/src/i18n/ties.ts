/** Strings of the ties (met in person, spoke by call), date intervals, inferred steps and confidence. */
import type { Dictionary } from "./types.ts";

export const ties = {
  // Legend
  tiesLegend: { en: "Ties (click to show or hide)", ar: "الروابط (انقر للإظهار أو الإخفاء)" },
  tie_MET: { en: "Met in person", ar: "التقيا شخصيًا" },
  tie_SPOKE_WITH: { en: "Spoke (call, video, letter)", ar: "تحادثا (اتصال أو رسالة)" },
  uncertainLegend: {
    en: "Faint, dotted: may fall outside the time range",
    ar: "باهت ومنقّط: قد يقع خارج النطاق الزمني",
  },
  relSPOKE_WITH: { en: "spoke with", ar: "تحادث مع" },
  // Counts
  metTimes: { en: "met {n}", ar: "التقيا {n}", counts: { n: "time" } },
  metOnce: { en: "met once", ar: "التقيا مرة واحدة" },
  metNone: { en: "not met in person", ar: "لم يلتقيا شخصيًا" },
  spokeTimes: { en: "spoke {n}", ar: "تحادثا {n}", counts: { n: "time" } },
  spokeOnce: { en: "spoke once", ar: "تحادثا مرة واحدة" },
  spokeNone: { en: "no calls", ar: "لا اتصالات" },
  tiesOf: { en: "Met or spoke with ({count})", ar: "التقى أو تحادث مع ({count})" },
  tieOpen: { en: "Details", ar: "التفاصيل" },
  tieTitle: { en: "{a} and {b}", ar: "{a} و{b}" },
  tieNone: {
    en: "These two neither met nor spoke in the graph.",
    ar: "لم يلتقِ الاثنان ولم يتحادثا في الشبكة.",
  },
  tieEvents: { en: "Their events ({count})", ar: "أحداثهما ({count})" },
  tieSpan: { en: "{from} to {to}", ar: "من {from} إلى {to}" },
  // Inferred
  inferred: { en: "inferred", ar: "مستنتج" },
  inferredTie: {
    en: "No sentence names both; read off the events both took part in.",
    ar: "لا جملة تذكرهما معًا؛ مستنتج من أحداث شارك فيها الاثنان.",
  },
  inferredStep: { en: "No sentence names both ends.", ar: "لا جملة تذكر الطرفين معًا." },
  // Dates as intervals
  dateUncertain: { en: "date uncertain in this range", ar: "تاريخه غير مؤكد في هذا النطاق" },
  dateBy: { en: "by {date}", ar: "حتى {date}" },
  dateFromOn: { en: "from {date}", ar: "منذ {date}" },
  // Confidence
  confidence: { en: "confidence {n}", ar: "الثقة {n}" },
  participation: { en: "taking part {n}", ar: "المشاركة {n}" },
  rules: { en: "rules: {list}", ar: "القواعد: {list}" },
} satisfies Dictionary;
