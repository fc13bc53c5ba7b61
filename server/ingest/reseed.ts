/**
 * Rebuilds the graph from the corpus folder: what `npm run seed -- --reset` does, for a running server
 * (after the extractor changed, say). Editors' corrections are applied again by the load
 * (graph-seed/load/load.ts); those whose target is gone are counted as orphans, never dropped.
 */
import { readCorpus } from "../../graph-seed/corpus/readCorpus.ts";
import { type Extractor, loadArticles } from "../../graph-seed/load/load.ts";
import type { ReseedResult } from "../../model/api.ts";
import type { GraphStore } from "../../model/store.ts";
import { HttpError } from "../errors.ts";

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export async function reseed(
  store: GraphStore,
  corpusDir: string,
  extract: Extractor,
): Promise<ReseedResult> {
  // Read first: a corpus that cannot be read must not leave an emptied graph behind.
  const corpus = await readCorpus(corpusDir).catch((err: Error) => {
    throw new HttpError(503, "Service Unavailable", `cannot read the corpus folder: ${err.message}`);
  });
  await store.clear();
  const report = await loadArticles(store, corpus.articles, extract);
  return {
    read: report.read,
    skipped: [...corpus.skipped, ...report.skipped.map((s) => ({ file: s.id, reason: s.reason }))],
    corrections: { applied: report.corrections.applied, orphaned: report.corrections.orphaned.length },
    nodes: total(report.nodesByKind),
    edges: total(report.edgesByKind),
    ms: report.ms,
  };
}
