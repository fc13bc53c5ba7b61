/**
 * The embedded GraphStore: the whole graph in process on graphology, persisted as a JSON snapshot
 * (data/embedded-graph.json unless EMBEDDED_SNAPSHOT or the snapshotPath option says otherwise; null
 * keeps it in memory only). Writes are serialised so two upserts never interleave with a snapshot, and
 * each is all-or-nothing: a write that throws, or whose snapshot cannot be saved, is undone in memory too
 * (memory/undo.ts), so the graph served never differs from what the caller was told was written.
 */
import {
  DEFAULT_REVIEW_FILTER,
  type GraphQuery,
  type NeighbourhoodQuery,
  type PathQuery,
  type SearchHit,
  type SearchQuery,
  type TimelineQuery,
} from "../../../model/api.ts";
import type { GraphBatch } from "../../../model/graph.ts";
import type { ArticleId, NodeId } from "../../../model/ids.ts";
import type { GraphView } from "../../../model/kinds.ts";
import type {
  ArticleRecord,
  GraphStore,
  IngestUnit,
  NodeDetailsQuery,
  UpsertResult,
} from "../../../model/store.ts";
import { isRejected } from "../curation/rules.ts";
import { assertArticleRecord } from "../ingest/articleRecord.ts";
import { eventsTouchedBy } from "../ingest/touched.ts";
import { pageDetails, quotePageOf } from "../quotes/pageQuotes.ts";
import { SearchIndex } from "../search/nameIndex.ts";
import { articleDoc, articleList, statsOf } from "./articles.ts";
import { MemoryCuration } from "./curation.ts";
import { nodeDetails } from "./details.ts";
import { refOf } from "./events.ts";
import { graphQuery } from "./graphQuery.ts";
import { Journal, journalPathOf } from "./journal.ts";
import { personsAround, refreshAllMet, refreshMetAround } from "./met.ts";
import { neighbourhoodQuery } from "./neighbourhood.ts";
import { pathsQuery } from "./paths.ts";
import { buildProjection, type Projection } from "./projection.ts";
import { ReviewViews } from "./reviewView.ts";
import { readSnapshot, writeSnapshot } from "./snapshot.ts";
import { snippetFor } from "./snippet.ts";
import { createState, type MemoryState, upsertInto } from "./state.ts";
import { MemoryStories, storiesPathOf } from "./stories.ts";
import { timelineQuery } from "./timeline.ts";
import { type Undo, undoMetRefresh, undoPutArticle, undoTiesOf, undoUpsert } from "./undo.ts";
import { WriteQueue } from "./writeQueue.ts";

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
  /** What each review filter shows (memory/reviewView.ts); dropped on every write. */
  private readonly views = new ReviewViews();
  private readonly index = new SearchIndex();
  private projections = new Map<GraphView, Projection>();
  /** Events whose ties may have changed since the last refreshDerived ("all" after load or clear). */
  private dirtyEvents: Set<string> | "all" = "all";
  /** Mutations run one after another, each followed by its snapshot write, each undone if either fails. */
  private readonly writes = new WriteQueue({
    save: async () => {
      if (this.snapshotPath) await writeSnapshot(this.snapshotPath, this.state);
    },
    undo: (log) => this.rollback(log),
  });

  /** Corrections: journaled beside the snapshot (memory/journal.ts), replayed on every load. */
  readonly curation: MemoryCuration;
  /** Stories: a file of their own beside the snapshot (memory/stories.ts). */
  readonly stories: MemoryStories;

  constructor(private readonly snapshotPath: string | null) {
    this.stories = new MemoryStories(snapshotPath ? storiesPathOf(snapshotPath) : null);
    this.curation = new MemoryCuration({
      state: () => this.state,
      writes: this.writes,
      journal: snapshotPath ? new Journal(journalPathOf(snapshotPath)) : null,
      saveSnapshot: async () => {
        if (this.snapshotPath) await writeSnapshot(this.snapshotPath, this.state);
      },
      changed: (nodes) => this.changed(nodes),
      warn: (message) => console.warn(message),
    });
  }

  async init() {
    await this.writes.run(async () => {
      if (this.snapshotPath) this.state = await readSnapshot(this.snapshotPath);
      // Corrections after the snapshot: those it already holds re-apply as no-ops, later ones catch up.
      await this.curation.load();
      // Ties are derived: a snapshot saved by an older version may hold pairs counted by other rules.
      refreshAllMet(this.state.graph);
      this.dirtyEvents = new Set();
      this.changed("all");
    }, false);
  }

  async close() {
    await this.writes.idle();
    await this.curation.close();
  }

  async ping() {}

  upsert(batch: GraphBatch): Promise<UpsertResult> {
    return this.writes.run(() => this.applyUpsert(batch));
  }

  putArticle(article: ArticleRecord) {
    return this.writes.run(() => this.applyArticle(article));
  }

  /** Recomputes the ties (MET, SPOKE_WITH): only around the events written since the last refresh, when that is known. */
  refreshDerived() {
    return this.writes.run(() => this.applyTies());
  }

  /** One write: if the article or the ties fail, the batch is undone with them. */
  ingest({ batch, article }: IngestUnit): Promise<UpsertResult> {
    return this.writes.run(() => {
      const result = this.applyUpsert(batch);
      this.applyArticle(article);
      this.applyTies();
      return result;
    });
  }

  clear() {
    return this.writes.run(() => {
      const old = this.state;
      this.writes.record(() => {
        this.state = old;
        return "all";
      });
      this.state = createState();
      this.dirtyEvents = "all";
      this.changed("all");
    });
  }

  /**
   * Writes inside `work` skip the snapshot; one write at the end covers them all. If `work` throws, or
   * that snapshot cannot be saved, every write it made is undone: the ingest of one article is one unit.
   */
  bulk<T>(work: () => Promise<T>): Promise<T> {
    return this.writes.bulk(work);
  }

  revision() {
    return this.writes.revision;
  }

  async hasNode(id: NodeId) {
    return this.state.graph.hasNode(id);
  }

  async stats() {
    return statsOf(this.state);
  }

  async graph(query: GraphQuery) {
    return graphQuery(this.views.of(this.state.graph, query), query);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const { graph } = this.state;
    return this.index
      .search(query)
      .filter((hit) => graph.hasNode(hit.id) && !isRejected(graph.getNodeAttributes(hit.id)))
      .map((hit) => ({
        node: refOf(graph.getNodeAttributes(hit.id)),
        score: hit.score,
        matched: hit.matched,
        snippet: snippetFor(graph, hit.id),
      }));
  }

  async node(id: NodeId, query: NodeDetailsQuery = DEFAULT_REVIEW_FILTER) {
    const details = nodeDetails({ ...this.state, graph: this.views.of(this.state.graph, query) }, id);
    const page = quotePageOf(query);
    return details && page ? pageDetails(details, page) : details;
  }

  async neighbourhood(id: NodeId, query: NeighbourhoodQuery) {
    return neighbourhoodQuery(this.views.of(this.state.graph, query), id, query);
  }

  async paths(query: PathQuery) {
    const view = this.views.of(this.state.graph, query);
    // Projections are cached for the stored graph only; a filtered view builds its own.
    if (view !== this.state.graph) return pathsQuery(view, buildProjection(view, query.view), query);
    let proj = this.projections.get(query.view);
    if (!proj) {
      proj = buildProjection(this.state.graph, query.view);
      this.projections.set(query.view, proj);
    }
    return pathsQuery(this.state.graph, proj, query);
  }

  async timeline(query: TimelineQuery) {
    return timelineQuery(this.views.of(this.state.graph, query), query);
  }

  async articles() {
    return articleList(this.state);
  }

  async article(id: ArticleId) {
    return articleDoc(this.state, id);
  }

  private applyUpsert(batch: GraphBatch): UpsertResult {
    this.noteDirtyEvents(batch);
    const result = upsertInto(this.state, batch, () =>
      this.writes.record(undoUpsert(this.state.graph, batch)),
    );
    // Only the nodes whose edges changed lose their neighbour lists; the rest stay valid.
    const ends = batch.edges.flatMap((e) => [e.source, e.target]);
    for (const proj of this.projections.values()) proj.invalidate(ends);
    this.views.invalidate();
    this.index.upsert(batch.nodes.map((n) => this.state.graph.getNodeAttributes(n.id)));
    return result;
  }

  private applyArticle(article: ArticleRecord) {
    assertArticleRecord(article);
    this.writes.record(undoPutArticle(this.state.articles, article.summary.id));
    this.state.articles.set(article.summary.id, structuredClone(article));
  }

  private applyTies() {
    const { graph } = this.state;
    const dirty = this.dirtyEvents;
    // The undo keeps only the ties the refresh can replace: those of the dirty events' persons.
    const persons = dirty === "all" ? null : personsAround(graph, dirty);
    const undoTies = persons ? undoTiesOf(graph, persons) : undoMetRefresh(graph);
    this.writes.record(() => {
      this.dirtyEvents = dirty;
      return undoTies();
    });
    this.dirtyEvents = new Set();
    const touched = dirty === "all" ? refreshAllMet(graph) : refreshMetAround(graph, dirty);
    this.projections.get("people")?.invalidate(touched);
    this.views.invalidate();
  }

  private noteDirtyEvents(batch: GraphBatch) {
    if (this.dirtyEvents === "all") return;
    const touched = eventsTouchedBy(batch);
    if (touched === "all") this.dirtyEvents = "all";
    else for (const id of touched) this.dirtyEvents.add(id);
  }

  /** After a change the planner cannot bound: every cache derived from the graph starts again. */
  private changed(nodes: string[] | "all") {
    this.views.invalidate();
    const { graph } = this.state;
    if (nodes === "all") {
      this.projections.clear();
      this.index.replaceAll(graph.mapNodes((_, n) => n));
      return;
    }
    for (const proj of this.projections.values()) proj.invalidate(nodes);
    const ids = [...new Set(nodes)];
    this.index.remove(ids.filter((id) => !graph.hasNode(id)));
    this.index.upsert(ids.filter((id) => graph.hasNode(id)).map((id) => graph.getNodeAttributes(id)));
  }

  /** Undoes `log` newest first, then brings the search index and path projections back in line. */
  private rollback(log: Undo[]) {
    const touched = new Set<string>();
    let all = false;
    for (const undo of [...log].reverse()) {
      const ids = undo();
      if (ids === "all") all = true;
      else for (const id of ids) touched.add(id);
    }
    if (all) this.dirtyEvents = "all";
    this.changed(all ? "all" : [...touched]);
  }
}
