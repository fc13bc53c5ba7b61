/**
 * POST /api/articles behind the route: extract → validate → write the corpus file → merge into the graph.
 * One ingest at a time; the graph is touched only after everything that can be checked has been (extraction,
 * batch consistency, the corpus write), and the corpus file is removed again if a store write fails.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { articleIdForText, writeArticle } from "../graph-seed/corpus/writeArticle.ts";
import { summaryOf } from "../graph-seed/load/load.ts";
import type { IngestBody, IngestResult, NodeRef } from "../model/api.ts";
import type { ArticleMeta, Extraction } from "../model/extraction.ts";
import type { GraphBatch, GraphNode } from "../model/graph.ts";
import { articleId, nodeId } from "../model/ids.ts";
import type { GraphStore } from "../model/store.ts";
import { HttpError } from "./errors.ts";
import { canonicalText, metaFor } from "./ingest/articleText.ts";
import { batchProblems, externalEnds } from "./ingest/validateBatch.ts";
import { Mutex } from "./mutex.ts";

export type Extract = (text: string, meta: ArticleMeta) => Extraction | Promise<Extraction>;
export type ToBatch = (extraction: Extraction, text: string) => GraphBatch;

export interface IngestDeps {
  store: GraphStore;
  corpusDir: string;
  extract: Extract;
  toBatch: ToBatch;
}

export interface Ingestor {
  ingest(body: IngestBody): Promise<IngestResult>;
}

const refOf = (n: GraphNode): NodeRef => ({ id: n.id, kind: n.kind, name: n.name });

interface Prepared {
  text: string;
  meta: ArticleMeta;
  extraction: Extraction;
  batch: GraphBatch;
  added: NodeRef[];
  merged: NodeRef[];
}

async function extractAndCheck(deps: IngestDeps, body: IngestBody): Promise<Prepared> {
  const text = canonicalText(body.text);
  if (text.length === 0)
    throw new HttpError(400, "Bad Request", "invalid body: text: text is only whitespace");
  const meta = metaFor(articleIdForText(text), body, text);
  let extraction: Extraction;
  let batch: GraphBatch;
  try {
    extraction = await deps.extract(text, meta);
    // As in the seeder: the posted metadata is authoritative, whatever the extractor echoes.
    batch = deps.toBatch({ ...extraction, article: { ...extraction.article, ...meta } }, text);
  } catch (err) {
    throw new HttpError(
      500,
      "Internal Server Error",
      "extraction failed; nothing was written",
      undefined,
      err,
    );
  }
  const present = await presentIds(deps.store, [...batch.nodes.map((n) => n.id), ...externalEnds(batch)]);
  const problems = batchProblems(batch, text, meta.id, present);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join("; ");
    throw new HttpError(
      500,
      "Internal Server Error",
      `extraction produced an invalid graph (${shown}); nothing was written`,
    );
  }
  const added = batch.nodes.filter((n) => !present.has(n.id)).map(refOf);
  const merged = batch.nodes.filter((n) => present.has(n.id)).map(refOf);
  return { text, meta, extraction, batch, added, merged };
}

async function presentIds(store: GraphStore, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  const flags = await Promise.all(unique.map((id) => store.hasNode(nodeId(id))));
  return new Set(unique.filter((_, i) => flags[i]));
}

/** Writes the corpus file, then the graph; if the graph step fails, the new corpus file goes again. */
async function commit(deps: IngestDeps, p: Prepared): Promise<number> {
  const existed = (await deps.store.article(articleId(p.meta.id))) !== null;
  await writeArticle(deps.corpusDir, p.meta, p.text);
  try {
    const result = await deps.store.upsert(p.batch);
    await deps.store.putArticle({ summary: summaryOf(p.meta, p.text), text: p.text });
    await deps.store.refreshDerived();
    return result.edgesCreated;
  } catch (err) {
    if (!existed) await removeCorpusFiles(deps.corpusDir, p.meta.id);
    throw err;
  }
}

const removeCorpusFiles = (dir: string, id: string) =>
  Promise.all([
    rm(join(dir, `${id}.txt`), { force: true }),
    rm(join(dir, `${id}.meta.json`), { force: true }),
  ]);

/** Without writing, only edges touching a new node are certainly new: a lower bound. */
const newEdgeEstimate = (p: Prepared) => {
  const added = new Set<string>(p.added.map((n) => n.id));
  return p.batch.edges.filter((e) => added.has(e.source) || added.has(e.target)).length;
};

export function createIngestor(deps: IngestDeps): Ingestor {
  const mutex = new Mutex();
  return {
    ingest: (body) =>
      mutex.run(async () => {
        const prepared = await extractAndCheck(deps, body);
        const edgesAdded = body.dryRun ? newEdgeEstimate(prepared) : await commit(deps, prepared);
        return {
          article: summaryOf(prepared.meta, prepared.text),
          dryRun: body.dryRun,
          added: prepared.added,
          merged: prepared.merged,
          edgesAdded,
          extraction: prepared.extraction,
        };
      }),
  };
}
