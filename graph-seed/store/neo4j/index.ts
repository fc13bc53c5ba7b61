/**
 * The Neo4j GraphStore: one driver per store (one store per process), a session per call, read
 * transactions for reads and one write transaction per write. Writes from this process run one at a time,
 * since upsert reads, merges and writes back. Reads are answered in the database (neo4j/cypherReads.ts):
 * search, ego networks, paths, both views (filtered or not), node details with their mentions paged, stats
 * and the timeline return only what the answer needs,
 * shaped by the embedded store's code where that code decides the shape; nothing is cached between calls.
 */

import {
  DEFAULT_REVIEW_FILTER,
  type GraphQuery,
  type NeighbourhoodQuery,
  type PathQuery,
  type SearchQuery,
  type TimelineQuery,
} from "../../../model/api.ts";
import type { ConsoleLimits } from "../../../model/cypherConsole.ts";
import type { GraphBatch } from "../../../model/graph.ts";
import type { ArticleId, NodeId } from "../../../model/ids.ts";
import type {
  ArticleRecord,
  GraphStore,
  IngestUnit,
  NodeDetailsQuery,
  UpsertResult,
} from "../../../model/store.ts";
import { assertArticleRecord } from "../ingest/articleRecord.ts";
import { eventsTouchedBy } from "../ingest/touched.ts";
import { articleToProps, listArticles, readArticle } from "./articles.ts";
import { BATCH_SIZE } from "./batches.ts";
import { runConsole } from "./console.ts";
import { closeConsoleLint } from "./consoleLint.ts";
import { Neo4jCuration } from "./curation.ts";
import { DELETE_ALL_BATCH, READ_NODES_BY_ID, WRITE_ARTICLE } from "./cypher.ts";
import { READ_SCHEMA_STATEMENTS } from "./cypherReads.ts";
import { refreshTies, refreshTiesAround } from "./derived.ts";
import { readNodeDetails, readTimeline } from "./details.ts";
import { readNeighbourhood } from "./ego.ts";
import { readGraph } from "./graphView.ts";
import { readPaths } from "./paths.ts";
import { ensureSchema } from "./schema.ts";
import { searchNames } from "./search.ts";
import { backfillSearchTerms } from "./searchTerms.ts";
import { type CypherRunner, createRunner, type Neo4jConfig } from "./session.ts";
import { readStats } from "./stats.ts";
import { Neo4jStories } from "./stories.ts";
import { upsertBatch } from "./upsert.ts";
import { toCypherInt, toJsNumber } from "./values.ts";

export type { Neo4jConfig } from "./session.ts";

export function createNeo4jStore(config: Neo4jConfig): GraphStore {
  if (!config?.uri)
    throw new Error("createNeo4jStore: a uri (NEO4J_URI, e.g. bolt://localhost:7687) is required");
  return new Neo4jStore(createRunner(config));
}

/** The same store over any runner: tests drive it with the simulated database (neo4j/simulatedDb.ts). */
export function createNeo4jStoreOn(db: CypherRunner): GraphStore {
  return new Neo4jStore(db);
}

class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  private queue: Promise<unknown> = Promise.resolve();
  /** Corrections live in the database as (:Correction) nodes, written with their change (neo4j/curation.ts). */
  readonly curation: Neo4jCuration;
  /** Stories as (:Story) nodes (neo4j/stories.ts). */
  readonly stories: Neo4jStories;

  constructor(private readonly db: CypherRunner) {
    this.stories = new Neo4jStories(db);
    this.curation = new Neo4jCuration({ db, serial: (work) => this.serial(work) });
  }

  async init() {
    // The fulltext index lives beside the search reads; it is versioned with the rest of the schema.
    const schema = await ensureSchema(this.db, READ_SCHEMA_STATEMENTS);
    // Nodes written by a version without `searchTerms` get them once, as the schema moves to this one
    // (the check is a scan: not on every start).
    if (schema === "created") await backfillSearchTerms(this.db);
  }

  async close() {
    await this.queue.catch(() => undefined);
    await closeConsoleLint();
    await this.db.close();
  }

  ping() {
    return this.db.ping();
  }

  upsert(batch: GraphBatch): Promise<UpsertResult> {
    return this.serial(async () => {
      const { result } = await this.db.write((run) => upsertBatch(run, batch));
      return result;
    });
  }

  /**
   * One write transaction: the batch, the article and the ties of the events it touched. Each step checks
   * its own input, so a failure at any of them (or in the database) rolls back the steps before it.
   */
  ingest({ batch, article }: IngestUnit): Promise<UpsertResult> {
    return this.serial(async () => {
      const { result } = await this.db.write(async (run) => {
        const upserted = await upsertBatch(run, batch);
        assertArticleRecord(article);
        await run(WRITE_ARTICLE, { article: articleToProps(article) });
        await refreshTiesAround(run, eventsTouchedBy(batch));
        return upserted;
      });
      return result;
    });
  }

  putArticle(article: ArticleRecord) {
    assertArticleRecord(article);
    return this.serial(() =>
      this.db.write(async (run) => void (await run(WRITE_ARTICLE, { article: articleToProps(article) }))),
    );
  }

  refreshDerived() {
    return this.serial(async () => void (await this.db.write(refreshTies)));
  }

  clear() {
    return this.serial(async () => {
      // Small transactions, so clearing a large graph does not need one huge one.
      for (;;) {
        const rows = await this.db.write((run) =>
          run(DELETE_ALL_BATCH, { batchSize: toCypherInt(BATCH_SIZE) }),
        );
        if (toJsNumber(rows[0]?.deleted ?? 0) < BATCH_SIZE) break;
      }
    });
  }

  /** The Cypher console (neo4j/console.ts): a user's query, read-only and limited. */
  runReadOnlyCypher(query: string, params: Record<string, unknown>, limits: ConsoleLimits) {
    return runConsole(this.db, query, params, limits);
  }

  async hasNode(id: NodeId) {
    return (await this.db.read(READ_NODES_BY_ID, { ids: [id] })).length > 0;
  }

  stats() {
    return readStats(this.db);
  }

  graph(query: GraphQuery) {
    return readGraph(this.db, query);
  }

  search(query: SearchQuery) {
    return searchNames(this.db, query);
  }

  node(id: NodeId, query: NodeDetailsQuery = DEFAULT_REVIEW_FILTER) {
    return readNodeDetails(this.db, id, query);
  }

  neighbourhood(id: NodeId, query: NeighbourhoodQuery) {
    return readNeighbourhood(this.db, id, query);
  }

  paths(query: PathQuery) {
    return readPaths(this.db, query);
  }

  timeline(query: TimelineQuery) {
    return readTimeline(this.db, query);
  }

  articles() {
    return listArticles(this.db);
  }

  article(id: ArticleId) {
    return readArticle(this.db, id);
  }

  /** Runs a write after the previous one has finished, whatever its outcome. */
  private serial<T>(change: () => Promise<T>): Promise<T> {
    const run = this.queue.then(change);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
