/**
 * Answers to repeated reads, kept until the graph changes. The embedded store numbers its state
 * (`revision()`: even between writes, odd while one is under way, an ingest counting as one write), so an
 * answer computed at revision r is served again for the same URL while the store is still at r: the
 * default graph view, asked for by every page load, was re-derived and re-serialised (~2–3 ms of CPU for
 * 90 KB) on every request, which under concurrent writes put its p99 over 20 ms.
 *
 * While a write is under way, a read is answered from what was kept before it began (the state before
 * the write, which its writer has not yet been told is done), and what is computed then is not kept.
 * Readers asking for the same URL at once share one computation: after each write every open page asks
 * for the graph again, and each computing its own copy queued them behind one another.
 *
 * Stores that cannot know when the graph changes (Neo4j: other processes write to it) have no revision,
 * and nothing is cached for them. Hits run after every check a request passes (host, input, auth), as
 * the cache is consulted in preHandler; only 200 answers are kept.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
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

/** One computation per key at a time: the request computing it, and a promise the others wait on. */
class InFlight {
  private readonly waiting = new Map<string, (body: Buffer | null) => void>();
  private readonly answers = new Map<string, Promise<Buffer | null>>();

  /** The computation under way for `key`, or null after registering the caller as the one to compute it. */
  join(key: string): Promise<Buffer | null> | null {
    const pending = this.answers.get(key);
    if (pending) return pending;
    this.answers.set(key, new Promise((resolve) => this.waiting.set(key, resolve)));
    return null;
  }

  /** Ends the computation for `key`: waiters get `body`, or null (then each computes its own). */
  settle(key: string, body: Buffer | null) {
    this.waiting.get(key)?.(body);
    this.waiting.delete(key);
    this.answers.delete(key);
  }
}

const sendKept = (reply: FastifyReply, body: Buffer) =>
  reply.type("application/json; charset=utf-8").send(body);

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
  const inFlight = new InFlight();

  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "GET" || !CACHED_ROUTES.has(request.routeOptions.url ?? "")) return;
    const r = revisionOf(revision);
    if (r === null) return;
    const writing = r % 2 !== 0;
    const hit = cache.get(keyOf(writing ? r - 1 : r, request));
    if (hit !== undefined) return sendKept(reply, hit);
    if (writing) return;
    const key = keyOf(r, request);
    const shared = inFlight.join(key);
    if (shared === null) {
      request.readCacheKey = key;
      return;
    }
    const body = await shared;
    if (body !== null) return sendKept(reply, body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const key = request.readCacheKey;
    if (key === null) return payload;
    request.readCacheKey = null;
    if (reply.statusCode !== 200 || typeof payload !== "string") {
      inFlight.settle(key, null);
      return payload;
    }
    const body = Buffer.from(payload);
    // Kept only if no write began meanwhile: the answer may mix states, and is shared with no one.
    const whole = keyOf(revisionOf(revision) ?? -1, request) === key;
    if (whole) cache.set(key, body);
    inFlight.settle(key, whole ? body : null);
    return body;
  });

  // A request that ends with no answer sent (the client went away) must not leave others waiting.
  app.addHook("onResponse", async (request) => {
    if (request.readCacheKey !== null) inFlight.settle(request.readCacheKey, null);
  });
  app.addHook("onRequestAbort", async (request) => {
    if (request.readCacheKey !== null) inFlight.settle(request.readCacheKey, null);
  });
}
