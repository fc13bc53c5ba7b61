/** The one interface in front of the database; the embedded and Neo4j stores both implement it. */
import type {
  ArticleDoc,
  ArticleSummary,
  GraphPayload,
  GraphQuery,
  NeighbourhoodQuery,
  NodeDetails,
  PathQuery,
  PathResult,
  SearchHit,
  SearchQuery,
  Stats,
  TimelinePayload,
  TimelineQuery,
} from "./api.ts";
import type { GraphBatch } from "./graph.ts";
import type { ArticleId, NodeId } from "./ids.ts";

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
  /** Recompute derived data (the MET projection) from the events. */
  refreshDerived(): Promise<void>;
  clear(): Promise<void>;
  /**
   * Optional: run many writes as one unit of persistence (the embedded store then writes its snapshot
   * once at the end instead of after every write, and undoes every write in it if `work` throws or that
   * snapshot cannot be saved). Callers without it just run `work` directly.
   */
  bulk?<T>(work: () => Promise<T>): Promise<T>;

  hasNode(id: NodeId): Promise<boolean>;
  stats(): Promise<Stats>;
  graph(query: GraphQuery): Promise<GraphPayload>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  node(id: NodeId): Promise<NodeDetails | null>;
  /** null when the centre node does not exist. */
  neighbourhood(id: NodeId, query: NeighbourhoodQuery): Promise<GraphPayload | null>;
  /** null when either end does not exist. */
  paths(query: PathQuery): Promise<PathResult | null>;
  timeline(query: TimelineQuery): Promise<TimelinePayload>;
  articles(): Promise<ArticleSummary[]>;
  article(id: ArticleId): Promise<ArticleDoc | null>;
}

/** Thrown by a store whose database is out of reach; the server answers 503. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}
