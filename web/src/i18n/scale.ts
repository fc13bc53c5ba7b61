/** Strings of the large-graph tools: layout progress, the overview and its clusters. */
import type { Dictionary } from "./types.ts";

export const scale = {
  layoutRunning: { en: "Laying out… {percent}%", ar: "جارٍ ترتيب الشبكة… {percent}٪" },
  layoutCancel: { en: "Stop layout", ar: "إيقاف الترتيب" },
  overviewSummary: {
    en: "Overview: {shown} of {total} nodes drawn; {hidden} folded into {clusters} groups.",
    ar: "نظرة عامة: {shown} من {total} عقدة مرسومة، و{hidden} مطوية في {clusters} مجموعات.",
  },
  overviewExpand: { en: "Expand {name} ({count})", ar: "افتح {name} ({count})" },
  overviewShowAll: { en: "Draw every node", ar: "ارسم كل العقد" },
  overviewFoldAll: { en: "Fold groups again", ar: "أعد طي المجموعات" },
  overviewBack: { en: "Back to the overview", ar: "عودة إلى النظرة العامة" },
  clusterLabel: { en: "{name} +{more}", ar: "{name} +{more}" },
} satisfies Dictionary;
