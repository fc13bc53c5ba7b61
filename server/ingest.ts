/**
 * POST /api/articles behind the route: extract → validate → write the corpus file → merge into the graph.
 * One ingest at a time; the graph is touched only after everything that can be checked has been (the text,
 * extraction, batch consistency, the corpus write); the graph writes run as one bulk, which a store that
 * supports it (the embedded one) undoes as a whole if any of them fails, and the corpus file is removed again.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { evidenceProblem, textProblem } from "../graph-seed/corpus/textLimits.ts";
import { articleIdForText, writeArticle } from "../graph-seed/corpus/writeArticle.ts";
import { summaryOf } from "../graph-seed/load/load.ts";
import type { IngestBody, IngestResult, NodeRef, ReseedResult } from "../model/api.ts";
import type { ArticleMeta, Extraction } from "../model/extraction.ts";
import type { GraphBatch, GraphNode } from "../model/graph.ts";
import { type ArticleId, articleId, nodeId } from "../model/ids.ts";
import type { GraphStore } from "../model/store.ts";
import { HttpError } from "./errors.ts";
import { canonicalText, metaFor } from "./ingest/articleText.ts";
import { reseed } from "./ingest/reseed.ts";
import { storedWithSameText } from "./ingest/sameText.ts";
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
  /** Rebuilds the graph from the corpus folder, one at a time with ingests. */
  reseed(): Promise<ReseedResult>;
}

const refOf = (n: GraphNode): NodeRef => ({ id: n.id, kind: n.kind, name: n.name });

interface Prepared {
  text: string;
  meta: ArticleMeta;
  extraction: Extraction;
  batch: GraphBatch;
  added: NodeRef[];
  merged: NodeRef[];
  /** The text is already stored under this (corpus) id: merge into it, write no corpus file. */
  storedAs: ArticleId | null;
}

const badBody = (message: string) => new HttpError(400, "Bad Request", `invalid body: text: ${message}`);

/** The posted text and metadata, or those of the article that already holds this text. */
async function identify(store: GraphStore, body: IngestBody, text: string) {
  const hashed = articleIdForText(text);
  // Offsets must index the stored text, not a copy that differs from it by invisible characters.
  const same = await store.article(articleId(hashed));
  if (same) return { text: same.text, meta: metaFor(hashed, body, same.text), storedAs: null };
  const stored = await storedWithSameText(store, text);
  if (!stored) return { text, meta: metaFor(hashed, body, text), storedAs: null };
  const { spans: _spans, text: storedText, length: _length, ...meta } = stored;
  return { text: storedText, meta, storedAs: stored.id };
}

async function extractAndCheck(deps: IngestDeps, body: IngestBody): Promise<Prepared> {
  const posted = canonicalText(body.text);
  if (posted.length === 0) throw badBody("text is only whitespace");
  const problem = textProblem(posted);
  if (problem) throw badBody(problem);
  const { text, meta, storedAs } = await identify(deps.store, body, posted);
  let extraction: Extraction;
  let batch: GraphBatch;
  try {
    extraction = await deps.extract(text, meta);
    // As in the seeder: the posted metadata is authoritative, whatever the extractor echoes.
    batch = deps.toBatch({ ...extraction, article: { ...extraction.article, ...meta } }, text);
  } catch (err) {
    // The pool's own answers (over budget, queue full) say more than a bare 500.
    if (err instanceof HttpError) throw err;
    throw new HttpError(
      500,
      "Internal Server Error",
      "extraction failed; nothing was written",
      undefined,
      err,
    );
  }
  const tooMuch = evidenceProblem(batch, meta.id);
  if (tooMuch) throw badBody(tooMuch);
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
  return { text, meta, extraction, batch, added, merged, storedAs };
}

async function presentIds(store: GraphStore, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  const flags = await Promise.all(unique.map((id) => store.hasNode(nodeId(id))));
  return new Set(unique.filter((_, i) => flags[i]));
}

/** Writes the corpus file, then the graph; if the graph step fails, the new corpus file goes again. */
async function commit(deps: IngestDeps, p: Prepared): Promise<number> {
  const { store } = deps;
  const existed = (await store.article(articleId(p.meta.id))) !== null;
  if (!p.storedAs) await writeArticle(deps.corpusDir, p.meta, p.text);
  const write = async () => {
    // The batch, the article and the ties it changes: one unit (one transaction on Neo4j).
    const result = await store.ingest({
      batch: p.batch,
      article: { summary: summaryOf(p.meta, p.text), text: p.text },
    });
    // A new article can bring back what an editor merged away or rejected: corrections go on top again.
    await store.curation.reapply();
    await store.refreshDerived();
    return result.edgesCreated;
  };
  try {
    // One unit, so a failure half way does not leave the graph with an article's nodes but not its text.
    return await (store.bulk ? store.bulk(write) : write());
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
    reseed: () => mutex.run(() => reseed(deps.store, deps.corpusDir, deps.extract)),
  };
}
