/**
 * How many writes one client may make: previews and ingests run the extractor, so they have their own,
 * lower limit, and so do Cypher console queries (POSTs, though they only read); any other write
 * (reviews, merges, accounts) a higher one. Reads are never limited. A client is its signed-in account,
 * else its address. Sign-in failures have their own throttle (auth/loginThrottle.ts).
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.ts";

export interface WriteRateLimits {
  /** POST /api/articles (previews and ingests) per client per minute. */
  articlesPerMinute: number;
  /** Every other write per client per minute. */
  writesPerMinute: number;
  /**
   * POST /api/cypher (the Cypher console) per client per minute: a read, but each query may hold a
   * Neo4j transaction for the whole console timeout. 60 when missing.
   */
  cypherPerMinute?: number;
}

export const DEFAULT_WRITE_RATE_LIMITS: WriteRateLimits = {
  articlesPerMinute: 30,
  writesPerMinute: 600,
  cypherPerMinute: 60,
};

const limitFor = (url: string, limits: WriteRateLimits) => {
  if (url === "/api/articles") return limits.articlesPerMinute;
  if (url === "/api/cypher") return limits.cypherPerMinute ?? 60;
  return limits.writesPerMinute;
};

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function registerWriteRateLimits(app: FastifyInstance, limits: WriteRateLimits) {
  // Runs before the plugin's own onRoute hook, so the limit is on the route when the plugin reads it.
  app.addHook("onRoute", (route) => {
    const methods = [route.method].flat();
    if (methods.every((m) => READS.has(m)) || route.url === "/api/session") return;
    const max = limitFor(route.url, limits);
    route.config = { ...(route.config as object), rateLimit: { max, timeWindow: 60_000 } };
  });
  await app.register(rateLimit, {
    global: false,
    // After authentication, so a signed-in editor is one client wherever they connect from.
    hook: "preHandler",
    keyGenerator: (request) => (request.user ? `user:${request.user.name}` : `ip:${request.ip}`),
    // An HttpError, so the one error handler answers with the usual ErrorBody.
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        429,
        "Too Many Requests",
        `too many writes: at most ${context.max} a minute; try again in ${Math.ceil(context.ttl / 1000)} s`,
      ),
  });
}
