/**
 * A deterministic generator of varied Arabic diplomatic articles from sentence templates and catalog
 * names, for benchmarks (same seed → same articles).
 */

import { seededRandom } from "../../model/seededRandom.ts";
import { COUNTRIES, PEOPLE, PLACES, TOPICS } from "../catalog/index.ts";

export interface GeneratedArticle {
  id: string;
  text: string;
  published: string;
}

const TEMPLATES = [
  "بحث {p1} مع {p2}، في اتصال هاتفي اليوم {day}، {t1} و{t2}.",
  "التقى {p1} في {place} اليوم {p2} وبحث معه {t1}.",
  "وقال {p2} خلال مؤتمر صحفي مشترك مع {p1} في {place} إن {c1} حريصة على {t2}.",
  "ومن المقرر أن يعقد {p1} و{p2} قمة في {place} الشهر المقبل لبحث {t1}.",
  "وكان {p1} قد التقى {p2} في {place} العام الماضي.",
  "وأكد {p1} أن {c1} و{c2} تدعمان جهود {t1}.",
  "تابعوا آخر الأخبار عبر تطبيق تيلغرام على الرابط https://t.me/news",
];
const DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

export function generateArticles(count: number, seed = 42): GeneratedArticle[] {
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const out: GeneratedArticle[] = [];
  for (let n = 0; n < count; n++) {
    const year = 2015 + Math.floor(next() * 10);
    const published = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
    const lines: string[] = [];
    const sentences = 4 + Math.floor(next() * 8);
    for (let k = 0; k < sentences; k++) {
      lines.push(
        pick(TEMPLATES)
          .replace("{p1}", pick(PEOPLE).name.ar)
          .replace("{p2}", pick(PEOPLE).name.ar)
          .replace("{place}", pick(PLACES).name.ar)
          .replace("{c1}", pick(COUNTRIES).name.ar)
          .replace("{c2}", pick(COUNTRIES).name.ar)
          .replace("{t1}", pick(TOPICS).name.ar)
          .replace("{t2}", pick(TOPICS).name.ar)
          .replace("{day}", pick(DAYS)),
      );
    }
    out.push({ id: `gen-${seed}-${n}`, text: lines.join("\n"), published });
  }
  return out;
}
