/**
 * CSRF protection for writes made with a session cookie: @fastify/csrf-protection keeps a secret in the
 * session and checks the token (from GET /api/session) in the `x-csrf-token` header. A write with no
 * session carries no ambient authority, so it needs no token: it is refused as anonymous instead.
 * Signing in is exempt (there is no session yet); it takes JSON only, which no cross-site form can send.
 */
import fastifyCsrf from "@fastify/csrf-protection";
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from "fastify";
import type { ErrorBody } from "../../model/api.ts";

export const CSRF_HEADER = "x-csrf-token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const isSignIn = (request: FastifyRequest) =>
  request.method === "POST" && request.routeOptions.url === "/api/session";

export async function registerCsrf(app: FastifyInstance) {
  await app.register(fastifyCsrf, {
    sessionPlugin: "@fastify/secure-session",
    getToken: (request) => request.headers[CSRF_HEADER] as string | undefined,
  });
}

/** A preHandler: every write by a signed-in session must carry the session's token. */
export const checkCsrf =
  (app: FastifyInstance) => (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    if (!request.user || SAFE_METHODS.has(request.method) || isSignIn(request)) return done();
    app.csrfProtection(request, reply, done);
  };

const CSRF_CODES = new Set(["FST_CSRF_INVALID_TOKEN", "FST_CSRF_MISSING_SECRET"]);

export const isCsrfError = (err: unknown) =>
  typeof err === "object" && err !== null && CSRF_CODES.has((err as { code?: string }).code ?? "");

export const CSRF_ERROR: ErrorBody = {
  error: "Forbidden",
  message: `missing or wrong CSRF token: send the csrfToken from GET /api/session in the ${CSRF_HEADER} header`,
};
