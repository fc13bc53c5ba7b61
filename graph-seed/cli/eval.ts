/**
 * `npm run eval [-- --set seeds|dev|heldout|all] [--verbose] [--json]`: scores the extractor
 * against the gold annotations. Scores are information, not a test: exit 0 whenever it ran,
 * 1 on bad input (unknown flag, missing or malformed gold, extractor missing).
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { ArticleMeta, Extraction } from "../../model/extraction.ts";
import { EVAL_SETS, type EvalArticle, type EvalSet, loadSet } from "../eval/loadSets.ts";
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
  if (set !== "all" && !(EVAL_SETS as readonly string[]).includes(set)) {
    throw new Error(`--set must be one of ${[...EVAL_SETS, "all"].join(", ")}, got "${set}"`);
  }
  const sets = set === "all" ? [...EVAL_SETS] : [set as EvalSet];
  return { sets, verbose: values.verbose === true, json: values.json === true };
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

async function main() {
  const options = parseCli(process.argv.slice(2));
  const extract = await loadExtractor();
  const results: SetResult[] = [];
  for (const set of options.sets) results.push(await runSet(extract, set));
  if (options.json) console.log(JSON.stringify(toJson(results), null, 2));
  else printText(results, options.verbose);
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
