/** The table `npm run eval -- --set real` prints, ending with the reports' scorer's one-line summary. */
import { prf } from "../score.ts";
import { REAL_CATEGORIES, type RealScore } from "./scoreReal.ts";

const f = (x: number) => x.toFixed(3);

/** The metrics the targets are written in: entity F1s, pairs F1 and precision, dates accuracy. */
export function realSummary(total: RealScore): Record<string, number> {
  const c = total.counts;
  return {
    persons: prf(c.Person).f1,
    countries: prf(c.Country).f1,
    places: prf(c.Place).f1,
    pairs: prf(c.Pair).f1,
    pairsP: prf(c.Pair).precision,
    topics: prf(c.MissionTopic).f1,
    dates: total.dates.total ? total.dates.right / total.dates.total : 0,
  };
}

export function formatRealTable(total: RealScore, articles: number): string {
  const rows = REAL_CATEGORIES.map((k) => {
    const { tp, fp, fn } = total.counts[k];
    const { precision, recall, f1 } = prf(total.counts[k]);
    return `${k.padEnd(13)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  ${f(precision)}  ${f(recall)}  ${f(f1)}`;
  });
  const { right, total: all } = total.dates;
  const summary = Object.entries(realSummary(total))
    .map(([k, v]) => `${k}=${v.toFixed(2)}`)
    .join(" ");
  return [
    `real (${articles} published reports)`,
    `category        TP   FP   FN  P      R      F1`,
    ...rows,
    `EventDate     ${right}/${all} = ${f(all ? right / all : 0)}`,
    summary,
  ].join("\n");
}
