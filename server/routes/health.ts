/** GET /api/health and /api/stats. Health answers 503 (not a throw) so monitors get a body either way. */
import type { FastifyInstance } from "fastify";
import type { Health } from "../../model/api.ts";
import { NO_QUERY, parseQuery } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export function registerHealthRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.get("/api/health", async (request, reply) => {
    parseQuery(NO_QUERY, request.query);
    try {
      await store.ping();
      const body: Health = { ok: true, store: store.kind };
      return body;
    } catch (err) {
      const message = err instanceof Error ? err.message : "store unreachable";
      const body: Health = { ok: false, store: store.kind, message };
      return reply.status(503).send(body);
    }
  });

  app.get("/api/stats", async (request) => {
    parseQuery(NO_QUERY, request.query);
    return store.stats();
  });
}
