/**
 * Answers to repeated reads, kept until the graph changes. The embedded store numbers its state
 * (`revision()`), so an answer computed at revision r is served again for the same URL while the store
 * is still at r (a write moves it on both as it starts and as it ends): the default graph view, asked for by every page load, was re-derived and re-serialised
 * (~2–3 ms of CPU for 90 KB) on every request, which under concurrent writes put its p99 over 20 ms.
 * Stores that cannot know when the graph changes (Neo4j: other processes write to it) have no revision,
 * and nothing is cached for them. Hits run after every check a request passes (host, input, auth), as
 * the cache is consulted in preHandler; only 200 answers are kept.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { LRUCache } from "lru-cache";
import { QUESTION_IDS } from "../model/questions.ts";
import type { GraphStore } from "../model/store.ts";
import { questionPath } from "./routes/questions.ts";

/** The read routes whose answer depends on the URL and the graph only (not on who asks). */
const CACHED_ROUTES: ReadonlySet<string> = new Set([
  "/api/graph",
  "/api/search",
  "/api/nodes/:id",
  "/api/nodes/:id/neighbours",
  "/api/paths",
  "/api/timeline",
  "/api/stats",
  "/api/articles",
  "/api/articles/:id",
  ...QUESTION_IDS.map(questionPath),
]);

export interface ReadCacheLimits {
  /** Total size of the kept answers, in bytes. */
  maxSize: number;
  /** Answers larger than this are not kept. */
  maxEntrySize: number;
}

export const DEFAULT_READ_CACHE_LIMITS: ReadCacheLimits = { maxSize: 32_000_000, maxEntrySize: 4_000_000 };

export const readCacheLimits = (mb: number): ReadCacheLimits | null =>
  mb <= 0 ? null : { maxSize: mb * 1_000_000, maxEntrySize: Math.min(4_000_000, mb * 1_000_000) };

declare module "fastify" {
  interface FastifyRequest {
    /** Set when the answer may be kept: the key it is kept under. */
    readCacheKey: string | null;
  }
}

const keyOf = (revision: number, request: FastifyRequest) => `${revision} ${request.url}`;

/** The store's revision, or null when it gives none a read can rely on (then nothing is kept). */
function revisionOf(revision: () => number): number | null {
  try {
    const r = revision();
    return Number.isSafeInteger(r) ? r : null;
  } catch {
    return null;
  }
}

/** `limits` null: nothing is kept (READ_CACHE_MB=0). */
export function registerReadCache(
  app: FastifyInstance,
  store: GraphStore,
  limits: ReadCacheLimits | null = DEFAULT_READ_CACHE_LIMITS,
) {
  const revision = store.revision?.bind(store);
  app.decorateRequest("readCacheKey", null);
  if (!revision || !limits) return;
  // Kept encoded, so a hit does not encode 90 KB of Arabic to UTF-8 again.
  const cache = new LRUCache<string, Buffer>({
    maxSize: limits.maxSize,
    maxEntrySize: limits.maxEntrySize,
    sizeCalculation: (body) => Math.max(1, body.length),
  });

  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "GET" || !CACHED_ROUTES.has(request.routeOptions.url ?? "")) return;
    const r = revisionOf(revision);
    if (r === null) return;
    const key = keyOf(r, request);
    const hit = cache.get(key);
    if (hit === undefined) {
      request.readCacheKey = key;
      return;
    }
    return reply.type("application/json; charset=utf-8").send(hit);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const key = request.readCacheKey;
    if (key === null || reply.statusCode !== 200 || typeof payload !== "string") return payload;
    // Kept under the revision the read started at: if a write ran meanwhile, the store is past it and
    // nothing will ask for that key again.
    const body = Buffer.from(payload);
    cache.set(key, body);
    return body;
  });
}
