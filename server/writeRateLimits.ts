/**
 * How many writes one client may make: previews and ingests run the extractor, so they have their own,
 * lower limit; any other write (reviews, merges, accounts) a higher one. Reads are never limited. A client
 * is its signed-in account, else its address. Sign-in failures have their own throttle (auth/loginThrottle.ts).
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.ts";

export interface WriteRateLimits {
  /** POST /api/articles (previews and ingests) per client per minute. */
  articlesPerMinute: number;
  /** Every other write per client per minute. */
  writesPerMinute: number;
}

export const DEFAULT_WRITE_RATE_LIMITS: WriteRateLimits = { articlesPerMinute: 30, writesPerMinute: 600 };

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function registerWriteRateLimits(app: FastifyInstance, limits: WriteRateLimits) {
  // Runs before the plugin's own onRoute hook, so the limit is on the route when the plugin reads it.
  app.addHook("onRoute", (route) => {
    const methods = [route.method].flat();
    if (methods.every((m) => READS.has(m)) || route.url === "/api/session") return;
    const max = route.url === "/api/articles" ? limits.articlesPerMinute : limits.writesPerMinute;
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
