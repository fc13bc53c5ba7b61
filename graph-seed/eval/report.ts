/** Turns scores into the text `npm run eval` prints: one table per set, and the misses per article. */
import { type ArticleScore, CATEGORIES, type Category, type Counts, prf } from "./score.ts";

const pct = (x: number) => x.toFixed(3);

export function formatTable(title: string, totals: Record<Category, Counts>, articles: number): string {
  // An empty set scores nothing: a row of 1.000s would read as a perfect score.
  if (articles === 0) return `${title} (0 articles): nothing to score`;
  const header = ["category", "TP", "FP", "FN", "P", "R", "F1"];
  const rows = CATEGORIES.map((c) => {
    const { precision, recall, f1 } = prf(totals[c]);
    const { tp, fp, fn } = totals[c];
    return [c, String(tp), String(fp), String(fn), pct(precision), pct(recall), pct(f1)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  return [`${title} (${articles} articles)`, line(header), ...rows.map(line)].join("\n");
}

/** Each false positive (+) and false negative (−) of one article, by category. */
export function formatMisses(articleId: string, score: ArticleScore): string {
  const lines = [`  ${articleId}`];
  for (const c of CATEGORIES) {
    const { falsePositives, falseNegatives } = score[c];
    if (falsePositives.length) lines.push(`    ${c} FP: ${falsePositives.join("; ")}`);
    if (falseNegatives.length) lines.push(`    ${c} FN: ${falseNegatives.join("; ")}`);
  }
  return lines.length === 1 ? `  ${articleId}: all correct` : lines.join("\n");
}
