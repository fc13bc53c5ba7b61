/**
 * Caps wrong guesses at sign-in: 5 failures a minute per client address and per user name (so neither
 * one address trying many names nor many addresses trying one name gets far). Only failures count, so
 * people signing in correctly, many behind one address, are never held up.
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";

export const LOGIN_FAILURES_ALLOWED = 5;
export const LOGIN_WINDOW_MS = 60_000;

export interface LoginThrottle {
  /** Seconds to wait before trying again, or 0 when a try is allowed. */
  retryAfter(request: FastifyRequest): Promise<number>;
  failed(request: FastifyRequest): Promise<void>;
}

/** The name as typed, case-folded, so "Admin" and "admin" share one budget. */
const nameKey = (request: FastifyRequest) => {
  const name = (request.body as { name?: unknown } | undefined)?.name;
  return `name:${typeof name === "string" ? name.normalize("NFC").toLowerCase() : ""}`;
};

export async function createLoginThrottle(app: FastifyInstance): Promise<LoginThrottle> {
  await app.register(rateLimit, { global: false });
  const limits = { max: LOGIN_FAILURES_ALLOWED, timeWindow: LOGIN_WINDOW_MS };
  const counters = [
    app.createRateLimit({ ...limits, keyGenerator: (request) => `ip:${request.ip}` }),
    app.createRateLimit({ ...limits, keyGenerator: nameKey }),
  ];
  return {
    async retryAfter(request) {
      const states = await Promise.all(counters.map((count) => count(request, { increment: false })));
      const waits = states.map((s) => (!s.isAllowed && s.remaining === 0 ? Math.max(1, s.ttlInSeconds) : 0));
      return Math.max(...waits);
    },
    async failed(request) {
      await Promise.all(counters.map((count) => count(request)));
    },
  };
}
