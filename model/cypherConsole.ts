/**
 * The Cypher console (issue 13, Neo4j only): what a caller sends, what comes back and why a query is
 * refused. Shared by the Neo4j store, the server route and the web panel.
 */
import { z } from "zod";
import type { GraphEdge, GraphNode } from "./graph.ts";
import type { GraphStore } from "./store.ts";

/** Longest query text accepted (characters). */
export const MAX_QUERY_LENGTH = 20_000;
/** Largest parameter map accepted, measured as JSON (characters). */
export const MAX_PARAMS_JSON = 64 * 1024;

/** Server defaults; CYPHER_TIMEOUT_MS and CYPHER_ROW_LIMIT change them (server/config.ts). */
export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = { timeoutMs: 5000, rowLimit: 1000 };

export interface ConsoleLimits {
  /** Neo4j stops the transaction after this long (transaction config `timeout`). */
  timeoutMs: number;
  /** Rows read from the result; the rest is discarded unread and the answer says `truncated`. */
  rowLimit: number;
}

const paramsSchema = z
  .record(z.string(), z.unknown())
  .refine((params) => JSON.stringify(params).length <= MAX_PARAMS_JSON, {
    message: `parameters are limited to ${MAX_PARAMS_JSON / 1024} KB of JSON`,
  });

export const consoleRequestSchema = z.strictObject({
  // Kept as typed (not trimmed), so the linter's line and column match what the user sees.
  query: z
    .string()
    .max(MAX_QUERY_LENGTH, `a query is limited to ${MAX_QUERY_LENGTH} characters`)
    .refine((query) => query.trim() !== "", "write a Cypher query"),
  params: paramsSchema.default({}),
});
export type ConsoleRequest = z.output<typeof consoleRequestSchema>;

/** A value as returned to the client: JSON, with graph values tagged by `@type` (see below). */
export type CypherValue =
  | null
  | boolean
  | number
  | string
  | CypherValue[]
  | { [key: string]: CypherValue }
  | NodeCell
  | RelationshipCell
  | PathCell
  | MapCell;

/**
 * A node. `graph` is the app's own node (GraphNode, as every other answer gives it) when the node is one
 * of the graph's (label Node, a known kind); other nodes (stories, corrections) have only labels and
 * properties.
 */
export interface NodeCell {
  "@type": "node";
  elementId: string;
  labels: string[];
  properties: { [key: string]: CypherValue };
  graph: GraphNode | null;
}

export interface RelationshipCell {
  "@type": "relationship";
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: { [key: string]: CypherValue };
  /** The app's edge when the relationship is one of the graph's and both its ends are graph nodes. */
  graph: GraphEdge | null;
}

export interface PathCell {
  "@type": "path";
  nodes: NodeCell[];
  relationships: RelationshipCell[];
}

/** A user map that itself has an `@type` key, wrapped so it is never taken for a graph value. */
export interface MapCell {
  "@type": "map";
  value: { [key: string]: CypherValue };
}

export interface ConsoleAnswer {
  columns: string[];
  /** One array per row, in column order. */
  rows: CypherValue[][];
  /** True when the result had more rows than `limits.rowLimit`; the rest was not read. */
  truncated: boolean;
  limits: ConsoleLimits;
  /** Every graph node and edge found anywhere in the rows, each once: what "add to canvas" adds. */
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
}

/**
 * Why a console query was refused. The server answers (docs/neo4j.md):
 * not-supported 409, syntax 400, query 400, write 403, forbidden 403, timeout 422.
 */
export type ConsoleErrorCode = "not-supported" | "syntax" | "query" | "write" | "forbidden" | "timeout";

export class ConsoleError extends Error {
  constructor(
    readonly code: ConsoleErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ConsoleError";
  }
}

export const CONSOLE_NEEDS_NEO4J =
  "the Cypher console needs the Neo4j store, and this server runs the embedded one: ask with the Questions panel (GET /api/questions) instead";

/** The console on any store: the Neo4j store runs the query, the embedded one refuses (not-supported). */
export function runConsoleQuery(
  store: Pick<GraphStore, "runReadOnlyCypher">,
  { query, params }: ConsoleRequest,
  limits: ConsoleLimits,
): Promise<ConsoleAnswer> {
  if (!store.runReadOnlyCypher) return Promise.reject(new ConsoleError("not-supported", CONSOLE_NEEDS_NEO4J));
  return store.runReadOnlyCypher(query, params, limits);
}
