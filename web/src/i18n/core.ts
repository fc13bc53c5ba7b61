/** Strings of the app shell, canvas, search, details, articles, table, toolbar. */
import type { Dictionary } from "./types.ts";

export const core = {
  appTitle: { en: "Diplomatic news graph", ar: "شبكة الأخبار الدبلوماسية" },
  loading: { en: "Loading…", ar: "جارٍ التحميل…" },
  retry: { en: "Retry", ar: "إعادة المحاولة" },
} satisfies Dictionary;
