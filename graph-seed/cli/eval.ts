/**
 * `npm run eval [-- --set seeds|dev|heldout|real|all] [--verbose] [--json]`: scores the extractor
 * against the gold annotations. `real` is the folder of published reports beside the project
 * (`../shared/eval-real`), skipped with a note when it is not there. Scores are information, not a
 * test: exit 0 whenever it ran, 1 on bad input (unknown flag, missing or malformed gold, extractor
 * missing).
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { ArticleMeta, Extraction } from "../../model/extraction.ts";
import { EVAL_SETS, type EvalArticle, type EvalSet, loadSet } from "../eval/loadSets.ts";
import { loadReal } from "../eval/real/loadReal.ts";
import { formatRealTable, realSummary } from "../eval/real/reportReal.ts";
import { type RealScore, scoreReal, sumReal } from "../eval/real/scoreReal.ts";
import { formatMisses, formatTable } from "../eval/report.ts";
import {
  type ArticleScore,
  type Category,
  type Counts,
  prf,
  scoreArticle,
  sumScores,
} from "../eval/score.ts";

type Extract = (text: string, meta: ArticleMeta) => Extraction;

interface SetResult {
  set: EvalSet;
  articles: { id: string; score: ArticleScore; error?: string }[];
  totals: Record<Category, Counts>;
}

function parseCli(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      set: { type: "string", default: "all" },
      verbose: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const set = values.set as string;
  if (set !== "all" && set !== "real" && !(EVAL_SETS as readonly string[]).includes(set)) {
    throw new Error(`--set must be one of ${[...EVAL_SETS, "real", "all"].join(", ")}, got "${set}"`);
  }
  const sets = set === "all" ? [...EVAL_SETS] : set === "real" ? [] : [set as EvalSet];
  const real = set === "all" || set === "real";
  return { sets, real, verbose: values.verbose === true, json: values.json === true };
}

async function loadExtractor(): Promise<Extract> {
  // A computed specifier: the extractor is written by someone else and may not exist yet.
  const url = new URL("../extract/index.ts", import.meta.url);
  if (!existsSync(url))
    throw new Error("the extractor is not there yet: graph-seed/extract/index.ts is missing");
  const mod = (await import(url.href).catch((error: unknown) => {
    throw new Error(
      `the extractor failed to load: ${error instanceof Error ? error.message : String(error)}`,
    );
  })) as { extractArticle?: Extract };
  if (typeof mod.extractArticle !== "function") {
    throw new Error(
      "the extractor is not there yet: graph-seed/extract/index.ts does not export extractArticle",
    );
  }
  return mod.extractArticle;
}

const EMPTY: Omit<Extraction, "article"> = { entities: [], events: [] };

/** Scores one article; an extractor crash scores as an empty extraction and is reported. */
function runArticle(extract: Extract, article: EvalArticle) {
  try {
    return { id: article.meta.id, score: scoreArticle(article.gold, extract(article.text, article.meta)) };
  } catch (error) {
    const empty = { article: article.meta, ...EMPTY };
    return { id: article.meta.id, score: scoreArticle(article.gold, empty), error: String(error) };
  }
}

async function runSet(extract: Extract, set: EvalSet): Promise<SetResult> {
  const loaded = await loadSet(set);
  for (const id of loaded.unannotated)
    console.error(`eval: ${set}: ${id} has no gold annotation, not scored`);
  const articles = loaded.articles.map((a) => runArticle(extract, a));
  return { set, articles, totals: sumScores(articles.map((a) => a.score)) };
}

function printText(results: SetResult[], verbose: boolean) {
  for (const result of results) {
    console.log(formatTable(result.set, result.totals, result.articles.length));
    for (const a of result.articles) {
      if (a.error) console.log(`  ${a.id}: extractor failed: ${a.error}`);
      if (verbose) console.log(formatMisses(a.id, a.score));
    }
    console.log("");
  }
  if (results.length > 1) {
    const all = sumScores(results.map((r) => r.totals));
    console.log(
      formatTable(
        "overall",
        all,
        results.reduce((n, r) => n + r.articles.length, 0),
      ),
    );
  }
}

function toJson(results: SetResult[]) {
  const withPrf = (totals: Record<Category, Counts>) =>
    Object.fromEntries(Object.entries(totals).map(([c, counts]) => [c, { ...counts, ...prf(counts) }]));
  return {
    sets: results.map((r) => ({ set: r.set, articles: r.articles, totals: withPrf(r.totals) })),
    overall: withPrf(sumScores(results.map((r) => r.totals))),
  };
}

interface RealResult {
  articles: { id: string; score: RealScore; error?: string }[];
  total: RealScore;
}

/** The published reports, scored by their own rules; null when the folder is not there. */
async function runReal(extract: Extract): Promise<RealResult | null> {
  const loaded = await loadReal();
  if (!loaded) return null;
  const articles = loaded.map((a) => {
    try {
      return { id: a.meta.id, score: scoreReal(a.gold, extract(a.text, a.meta)) };
    } catch (error) {
      const empty = { article: a.meta, ...EMPTY };
      return { id: a.meta.id, score: scoreReal(a.gold, empty), error: String(error) };
    }
  });
  return { articles, total: sumReal(articles.map((a) => a.score)) };
}

function printReal(real: RealResult | null, verbose: boolean) {
  if (!real) {
    console.log("real: ../shared/eval-real is not there (set EVAL_REAL_DIR to point at it); skipped");
    return;
  }
  if (verbose)
    for (const a of real.articles) for (const note of a.score.notes) console.log(`  ${a.id} ${note}`);
  for (const a of real.articles) if (a.error) console.log(`  ${a.id}: extractor failed: ${a.error}`);
  console.log(formatRealTable(real.total, real.articles.length));
}

async function main() {
  const options = parseCli(process.argv.slice(2));
  const extract = await loadExtractor();
  const results: SetResult[] = [];
  for (const set of options.sets) results.push(await runSet(extract, set));
  const real = options.real ? await runReal(extract) : null;
  if (options.json) {
    const json = toJson(results);
    const realJson = real && { articles: real.articles, summary: realSummary(real.total), ...real.total };
    console.log(JSON.stringify(options.real ? { ...json, real: realJson } : json, null, 2));
    return;
  }
  printText(results, options.verbose);
  if (options.real) printReal(real, options.verbose);
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
