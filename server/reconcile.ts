/**
 * Brings the graph back in step with the corpus at start. An ingest writes the article's file, then
 * the graph; a kill between the two left files on disk that never reached the graph, across restarts,
 * because only an empty store was seeded.
 */
import { readCorpus } from "../graph-seed/corpus/readCorpus.ts";
import { removeStaleTemps } from "../graph-seed/corpus/staleTemps.ts";
import { loadArticles } from "../graph-seed/load/load.ts";
import type { GraphStore } from "../model/store.ts";
import type { SeedLog } from "./seedIfEmpty.ts";

export interface Reconciled {
  /** Articles the corpus had and the graph lacked, now loaded. */
  loaded: string[];
  /** Those that could not be loaded, with the reason. */
  failed: { id: string; reason: string }[];
  /** Temporary files of dead writers, removed. */
  removed: string[];
}

export async function reconcileCorpus(
  store: GraphStore,
  corpusDir: string,
  log: SeedLog,
): Promise<Reconciled> {
  const removed = await removeStaleTemps(corpusDir);
  if (removed.length > 0)
    log.warn(`corpus: removed ${removed.length} stale temporary file(s): ${removed.join(", ")}`);
  const have = new Set((await store.articles()).map((a) => a.id as string));
  const missing = (await readCorpus(corpusDir, { skip: have })).articles;
  if (missing.length === 0) return { loaded: [], failed: [], removed };
  const report = await loadArticles(store, missing);
  const failedIds = new Set(report.skipped.map((s) => s.id));
  const loaded = missing.map((a) => a.meta.id).filter((id) => !failedIds.has(id));
  if (loaded.length > 0)
    log.info(`corpus: loaded ${loaded.length} article(s) the graph lacked: ${loaded.join(", ")}`);
  for (const s of report.skipped) log.warn(`corpus: could not load ${s.id}: ${s.reason}`);
  return { loaded, failed: report.skipped, removed };
}
