/**
 * The embedded GraphStore: the whole graph in process on graphology, persisted as a JSON snapshot
 * (data/embedded-graph.json unless EMBEDDED_SNAPSHOT or the snapshotPath option says otherwise; null
 * keeps it in memory only). Writes are serialised so two upserts never interleave with a snapshot.
 */
import type {
  GraphQuery,
  NeighbourhoodQuery,
  PathQuery,
  SearchHit,
  SearchQuery,
  TimelineQuery,
} from "../../model/api.ts";
import type { GraphBatch } from "../../model/graph.ts";
import type { ArticleId, NodeId } from "../../model/ids.ts";
import type { GraphView } from "../../model/kinds.ts";
import type { ArticleRecord, GraphStore, UpsertResult } from "../../model/store.ts";
import { articleDoc, articleList, statsOf } from "./memoryArticles.ts";
import { nodeDetails } from "./memoryDetails.ts";
import { refOf } from "./memoryEvents.ts";
import { graphQuery } from "./memoryGraphQuery.ts";
import { refreshAllMet, refreshMetAround } from "./memoryMet.ts";
import { neighbourhoodQuery } from "./memoryNeighbourhood.ts";
import { pathsQuery } from "./memoryPaths.ts";
import { buildProjection, type Projection } from "./memoryProjection.ts";
import { readSnapshot, writeSnapshot } from "./memorySnapshot.ts";
import { snippetFor } from "./memorySnippet.ts";
import { createState, type MemoryState, upsertInto } from "./memoryState.ts";
import { timelineQuery } from "./memoryTimeline.ts";
import { SearchIndex } from "./search.ts";

export const DEFAULT_SNAPSHOT = "data/embedded-graph.json";

export interface MemoryStoreOptions {
  /** Where the snapshot lives; null = memory only. Default: EMBEDDED_SNAPSHOT env or data/embedded-graph.json. */
  snapshotPath?: string | null;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): GraphStore {
  const snapshotPath =
    options.snapshotPath === undefined
      ? (process.env.EMBEDDED_SNAPSHOT ?? DEFAULT_SNAPSHOT)
      : options.snapshotPath;
  return new MemoryStore(snapshotPath);
}

class MemoryStore implements GraphStore {
  readonly kind = "embedded" as const;
  private state: MemoryState = createState();
  private readonly index = new SearchIndex();
  private projections = new Map<GraphView, Projection>();
  /** Events whose MET pairs may have changed since the last refreshDerived ("all" after load or clear). */
  private dirtyEvents: Set<string> | "all" = "all";
  /** Mutations run one after another, each followed by its snapshot write. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Inside bulk(): snapshot writes wait for its end. */
  private bulkDepth = 0;

  constructor(private readonly snapshotPath: string | null) {}

  async init() {
    await this.mutate(async () => {
      if (this.snapshotPath) this.state = await readSnapshot(this.snapshotPath);
      this.dirtyEvents = "all";
      this.projections.clear();
      this.index.replaceAll(this.state.graph.mapNodes((_, n) => n));
    }, false);
  }

  async close() {
    await this.queue.catch(() => undefined);
  }

  async ping() {}

  upsert(batch: GraphBatch): Promise<UpsertResult> {
    return this.mutate(() => {
      this.noteDirtyEvents(batch);
      const result = upsertInto(this.state, batch);
      // Only the nodes whose edges changed lose their neighbour lists; the rest stay valid.
      const ends = batch.edges.flatMap((e) => [e.source, e.target]);
      for (const proj of this.projections.values()) proj.invalidate(ends);
      this.index.upsert(batch.nodes.map((n) => this.state.graph.getNodeAttributes(n.id)));
      return result;
    });
  }

  putArticle(article: ArticleRecord) {
    return this.mutate(() => void this.state.articles.set(article.summary.id, structuredClone(article)));
  }

  /** Recomputes MET: only around the events written since the last refresh, when that is known. */
  refreshDerived() {
    return this.mutate(() => {
      const { graph } = this.state;
      const dirty = this.dirtyEvents;
      this.dirtyEvents = new Set();
      const touched = dirty === "all" ? refreshAllMet(graph) : refreshMetAround(graph, dirty);
      this.projections.get("people")?.invalidate(touched);
    });
  }

  clear() {
    return this.mutate(() => {
      this.state = createState();
      this.dirtyEvents = "all";
      this.projections.clear();
      this.index.replaceAll([]);
    });
  }

  /** Writes inside `work` skip the snapshot; one write at the end covers them all. */
  async bulk<T>(work: () => Promise<T>): Promise<T> {
    this.bulkDepth++;
    try {
      return await work();
    } finally {
      this.bulkDepth--;
      if (this.bulkDepth === 0) await this.mutate(() => undefined);
    }
  }

  async hasNode(id: NodeId) {
    return this.state.graph.hasNode(id);
  }

  async stats() {
    return statsOf(this.state);
  }

  async graph(query: GraphQuery) {
    return graphQuery(this.state.graph, query);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const { graph } = this.state;
    return this.index
      .search(query)
      .filter((hit) => graph.hasNode(hit.id))
      .map((hit) => ({
        node: refOf(graph.getNodeAttributes(hit.id)),
        score: hit.score,
        matched: hit.matched,
        snippet: snippetFor(graph, hit.id),
      }));
  }

  async node(id: NodeId) {
    return nodeDetails(this.state, id);
  }

  async neighbourhood(id: NodeId, query: NeighbourhoodQuery) {
    return neighbourhoodQuery(this.state.graph, id, query);
  }

  async paths(query: PathQuery) {
    let proj = this.projections.get(query.view);
    if (!proj) {
      proj = buildProjection(this.state.graph, query.view);
      this.projections.set(query.view, proj);
    }
    return pathsQuery(this.state.graph, proj, query);
  }

  async timeline(query: TimelineQuery) {
    return timelineQuery(this.state.graph, query);
  }

  async articles() {
    return articleList(this.state);
  }

  async article(id: ArticleId) {
    return articleDoc(this.state, id);
  }

  /**
   * Events a batch can change the pairs of: written event nodes (date, planned) and the events at the
   * end of written participation and report edges. A batch carrying MET edges itself needs a full refresh.
   */
  private noteDirtyEvents(batch: GraphBatch) {
    if (this.dirtyEvents === "all") return;
    if (batch.edges.some((e) => e.kind === "MET")) {
      this.dirtyEvents = "all";
      return;
    }
    for (const n of batch.nodes) if (n.kind === "Event") this.dirtyEvents.add(n.id);
    for (const e of batch.edges) {
      if (e.kind === "PARTICIPATED_IN") this.dirtyEvents.add(e.target);
      if (e.kind === "REPORTED_IN") this.dirtyEvents.add(e.source);
    }
  }

  /** Runs a write after the previous one, then persists the snapshot. */
  private mutate<T>(change: () => T | Promise<T>, persist = true): Promise<T> {
    const run = this.queue.then(async () => {
      const result = await change();
      if (persist && this.snapshotPath && this.bulkDepth === 0)
        await writeSnapshot(this.snapshotPath, this.state);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
