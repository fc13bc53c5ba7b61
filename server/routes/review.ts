/** The review queue and status changes: GET /api/review/queue, POST /api/review/status, /api/review/confirm. */
import type { FastifyInstance } from "fastify";
import { bulkConfirmBodySchema, reviewQueueQuerySchema, statusBodySchema } from "../../model/curation.ts";
import { parseQuery, parseWith } from "../validate.ts";
import type { RouteContext } from "./context.ts";
import { actorOf, editorOnly } from "./curationWrite.ts";

export function registerReviewRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.get("/api/review/queue", async (request) =>
    store.curation.reviewQueue(parseQuery(reviewQueueQuerySchema, request.query)),
  );

  app.post("/api/review/status", editorOnly, async (request) => {
    const body = parseWith(statusBodySchema, request.body, "body");
    const { target, status, version } = body;
    return store.curation.apply(
      { action: "set-status", target, status, version },
      actorOf(request, body.reason),
    );
  });

  app.post("/api/review/confirm", editorOnly, async (request) => {
    const body = parseWith(bulkConfirmBodySchema, request.body, "body");
    const inputs = body.items.map(({ version, ...target }) => ({
      action: "set-status" as const,
      target,
      status: "confirmed" as const,
      version,
    }));
    return store.curation.applyAll(inputs, actorOf(request, body.reason));
  });
}
