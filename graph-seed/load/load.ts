/**
 * Loads corpus articles into a store: extract, turn into a batch, then ingest batch, text and the ties it
 * changes as one unit; at the end re-apply the corrections and refresh the derived ties once more. An article whose extraction or write fails is reported and skipped.
 * Idempotent because ids are stable and upserts merge.
 */
import type { ArticleSummary } from "../../model/api.ts";
import type { ReapplyReport } from "../../model/curation.ts";
import type { ArticleMeta, Extraction } from "../../model/extraction.ts";
import { articleId } from "../../model/ids.ts";
import type { EdgeKind, NodeKind } from "../../model/kinds.ts";
import type { GraphStore } from "../../model/store.ts";
import type { CorpusArticle } from "../corpus/readCorpus.ts";
import { extractArticle } from "../extract/index.ts";
import { ledeOf } from "../store/articles/lede.ts";
import { toBatch } from "./toBatch.ts";

export type Extractor = (text: string, meta: ArticleMeta) => Extraction | Promise<Extraction>;

export interface LoadReport {
  /** Articles loaded. */
  read: number;
  skipped: { id: string; reason: string }[];
  /** Whole-graph counts after the load. */
  nodesByKind: Record<NodeKind, number>;
  edgesByKind: Record<EdgeKind, number>;
  /** Editors' corrections re-applied after the load, and those whose target is gone (orphans). */
  corrections: ReapplyReport;
  ms: number;
}

export function summaryOf(meta: ArticleMeta, text: string): ArticleSummary {
  return {
    id: articleId(meta.id),
    title: meta.title,
    published: meta.published,
    publishedPrecision: meta.publishedPrecision ?? null,
    source: meta.source ?? null,
    language: meta.language ?? "ar",
    length: text.length,
    lede: ledeOf(text),
  };
}

/** Extracts and writes one article; throws with a readable reason. */
export async function loadOne(store: GraphStore, article: CorpusArticle, extract: Extractor) {
  const extraction = await extract(article.text, article.meta);
  // The corpus metadata is authoritative for the article's identity, whatever the extractor echoes.
  const batch = toBatch({ ...extraction, article: { ...extraction.article, ...article.meta } }, article.text);
  // One unit: the graph, the text and the ties it changes are all written, or none of them.
  const result = await store.ingest({
    batch,
    article: { summary: summaryOf(article.meta, article.text), text: article.text },
  });
  return { extraction, batch, result };
}

export async function loadArticles(
  store: GraphStore,
  articles: CorpusArticle[],
  extract: Extractor = extractArticle,
): Promise<LoadReport> {
  const started = performance.now();
  const skipped: LoadReport["skipped"] = [];
  let read = 0;
  let corrections: ReapplyReport = { applied: 0, orphaned: [] };
  const loadAll = async () => {
    for (const article of articles) {
      try {
        await loadOne(store, article, extract);
        read++;
      } catch (error) {
        skipped.push({ id: article.meta.id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    // Extraction first, then every correction on top of it, then the ties from the corrected events.
    corrections = await store.curation.reapply();
    await store.refreshDerived();
  };
  // One snapshot write for the whole load instead of two per article (quadratic on a large corpus).
  await (store.bulk ? store.bulk(loadAll) : loadAll());
  const stats = await store.stats();
  return {
    read,
    skipped,
    nodesByKind: stats.nodes,
    edgesByKind: stats.edges,
    corrections,
    ms: Math.round(performance.now() - started),
  };
}
