/** The one interface in front of the database; the embedded and Neo4j stores both implement it. */
import type {
  ArticleDoc,
  ArticleSummary,
  GraphPayload,
  GraphQuery,
  NeighbourhoodQuery,
  NodeDetails,
  NodeQuery,
  PathQuery,
  PathResult,
  ReviewFilter,
  SearchHit,
  SearchQuery,
  Stats,
  TimelinePayload,
  TimelineQuery,
} from "./api.ts";
import type {
  Actor,
  AuditEntry,
  AuditPage,
  AuditQuery,
  Conflict,
  CurationInput,
  CurationResult,
  OrphanedCorrection,
  ReapplyReport,
  ReviewQueuePage,
  ReviewQueueQuery,
} from "./curation.ts";
import type { ConsoleAnswer, ConsoleLimits } from "./cypherConsole.ts";
import type { GraphBatch } from "./graph.ts";
import type { ArticleId, NodeId } from "./ids.ts";
import type { StoryStore } from "./story.ts";

/** Which facts node details show, and optionally which page of their quotes (GraphStore.node). */
export type NodeDetailsQuery = ReviewFilter &
  Partial<Pick<NodeQuery, "mentionsOffset" | "mentionsLimit" | "quotesPerItem">>;

export interface ArticleRecord {
  summary: ArticleSummary;
  text: string;
}

export interface UpsertResult {
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
}

/** One article's ingest: the graph its extraction gave and its text and metadata. */
export interface IngestUnit {
  batch: GraphBatch;
  article: ArticleRecord;
}

export interface GraphStore {
  readonly kind: "embedded" | "neo4j";

  /** Connect, create constraints and indexes if missing. Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Cheap liveness check; throws StoreUnavailableError when the database cannot be reached. */
  ping(): Promise<void>;

  /** Merge nodes and edges by id; evidence lists are unioned, scalar fields overwritten. */
  upsert(batch: GraphBatch): Promise<UpsertResult>;
  /** Store (or replace) an article's text and metadata. */
  putArticle(article: ArticleRecord): Promise<void>;
  /**
   * One article's ingest as one unit: the batch upserted, the article stored and the ties (MET,
   * SPOKE_WITH) of the events it touched re-derived, all or nothing (on Neo4j: one write transaction).
   */
  ingest(unit: IngestUnit): Promise<UpsertResult>;
  /** Recompute derived data (the MET projection) from the events. */
  refreshDerived(): Promise<void>;
  clear(): Promise<void>;
  /**
   * Optional: run many writes as one unit of persistence (the embedded store then writes its snapshot
   * once at the end instead of after every write, and undoes every write in it if `work` throws or that
   * snapshot cannot be saved). Callers without it just run `work` directly.
   */
  bulk?<T>(work: () => Promise<T>): Promise<T>;

  /**
   * Optional: a number that changes whenever anything a read could see changes, so the server can keep
   * answers until then: even while no write is under way, odd while one is (a bulk counts as one write).
   * Left out by stores written to by other processes too (Neo4j).
   */
  revision?(): number;

  /**
   * Optional, Neo4j only: the Cypher console (issue 13). Runs a user's query in a read transaction with
   * the limits' timeout, reads at most `rowLimit` rows; refusals are ConsoleErrors. The embedded store
   * leaves it out (model/cypherConsole.ts runConsoleQuery answers "not-supported" then).
   */
  runReadOnlyCypher?(
    query: string,
    params: Record<string, unknown>,
    limits: ConsoleLimits,
  ): Promise<ConsoleAnswer>;

  hasNode(id: NodeId): Promise<boolean>;
  stats(): Promise<Stats>;
  graph(query: GraphQuery): Promise<GraphPayload>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /**
   * Rejected facts are left out unless the query asks for them (default: DEFAULT_REVIEW_FILTER). With a
   * page of quotes (mentionsOffset, mentionsLimit, quotesPerItem, as the API always sends), the answer
   * is that page (graph-seed/store/quotes/pageQuotes.ts); without one, every quote behind the node.
   */
  node(id: NodeId, query?: NodeDetailsQuery): Promise<NodeDetails | null>;
  /** null when the centre node does not exist. */
  neighbourhood(id: NodeId, query: NeighbourhoodQuery): Promise<GraphPayload | null>;
  /** null when either end does not exist. */
  paths(query: PathQuery): Promise<PathResult | null>;
  timeline(query: TimelineQuery): Promise<TimelinePayload>;
  articles(): Promise<ArticleSummary[]>;
  article(id: ArticleId): Promise<ArticleDoc | null>;

  /** Review and curation (issue 10): statuses, changes, the audit log and corrections. */
  readonly curation: CurationStore;
  /** Stories (issue 13): kept apart from the graph, so a clear or reseed keeps them. */
  readonly stories: StoryStore;
}

/**
 * Every change is checked (versions, targets, sources), applied and recorded as a correction in one
 * atomic step: nothing is half-applied, nothing acknowledged before it is durable.
 */
export interface CurationStore {
  /** Unreviewed events, lowest confidence first. */
  reviewQueue(query: ReviewQueueQuery): Promise<ReviewQueuePage>;
  /** Applies one change; throws CurationError (not-found, invalid, conflict). */
  apply(input: CurationInput, actor: Actor): Promise<CurationResult>;
  /** Applies several changes as one: all or none (bulk confirm). */
  applyAll(inputs: CurationInput[], actor: Actor): Promise<CurationResult>;
  /** Reverts an entry as a new change; conflict when a later change touched the same facts. */
  revert(entryId: string, actor: Actor): Promise<CurationResult>;
  audit(query: AuditQuery): Promise<AuditPage>;
  /** Every entry that touched this node or edge id, oldest first. */
  history(id: string): Promise<AuditEntry[]>;
  /** Corrections whose target was not found the last time corrections were re-applied. */
  orphans(): Promise<OrphanedCorrection[]>;
  /** Re-applies every correction to the graph as loaded now (after a seed or reseed). Idempotent. */
  reapply(): Promise<ReapplyReport>;
  /**
   * Forgets every correction (clear() keeps them, so a reseed re-applies them). For tests and a
   * deliberate fresh start only; no route calls it.
   */
  forgetAll(): Promise<void>;
}

export type CurationErrorCode = "not-found" | "invalid" | "conflict";

/** A change refused: the server answers 404, 400 or 409 (with `conflicts` for stale versions). */
export class CurationError extends Error {
  constructor(
    readonly code: CurationErrorCode,
    message: string,
    readonly conflicts: Conflict[] = [],
  ) {
    super(message);
    this.name = "CurationError";
  }
}

/** Thrown by a store whose database is out of reach; the server answers 503. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}
