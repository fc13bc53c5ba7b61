/** Fills an empty embedded store from the corpus at start; Neo4j is seeded by `npm run seed` instead. */

import { readCorpus } from "../graph-seed/corpus/readCorpus.ts";
import { loadArticles } from "../graph-seed/load/load.ts";
import type { GraphStore } from "../model/store.ts";

/** Where progress and skipped files are reported. */
export interface SeedLog {
  info(message: string): void;
  warn(message: string): void;
}

export async function isEmpty(store: GraphStore): Promise<boolean> {
  const stats = await store.stats();
  return Object.values(stats.nodes).every((count) => count === 0);
}

/** Returns how many articles were loaded (0 when the store already had a graph). */
export async function seedIfEmpty(store: GraphStore, corpusDir: string, log: SeedLog): Promise<number> {
  if (store.kind !== "embedded" || !(await isEmpty(store))) return 0;
  const corpus = await readCorpus(corpusDir);
  for (const s of corpus.skipped) log.warn(`corpus: skipped ${s.file}: ${s.reason}`);
  const report = await loadArticles(store, corpus.articles);
  for (const s of report.skipped) log.warn(`seed: skipped article ${s.id}: ${s.reason}`);
  log.info(`seeded the embedded store from ${corpusDir}: ${report.read} articles in ${report.ms} ms`);
  const { applied, orphaned } = report.corrections;
  log.info(`corrections: ${applied} re-applied, ${orphaned.length} orphaned`);
  for (const o of orphaned) log.warn(`correction ${o.entry.id} orphaned (${o.entry.action}): ${o.reason}`);
  return report.read;
}
