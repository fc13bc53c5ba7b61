/** Event curation: POST /api/events (add by hand, from a quote) and POST /api/events/:id/edit. */
import type { FastifyInstance } from "fastify";
import { eventAddBodySchema, eventEditBodySchema } from "../../model/curation.ts";
import { parseWith } from "../validate.ts";
import type { RouteContext } from "./context.ts";
import { actorOf, editorOnly } from "./curationWrite.ts";
import { nodeParamsSchema } from "./nodes.ts";

export function registerEventRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.post("/api/events", editorOnly, async (request, reply) => {
    const { reason, ...event } = parseWith(eventAddBodySchema, request.body, "body");
    const result = await store.curation.apply({ action: "add-event", event }, actorOf(request, reason));
    return reply.status(201).send(result);
  });

  app.post("/api/events/:id/edit", editorOnly, async (request) => {
    const { id } = parseWith(nodeParamsSchema, request.params, "path");
    const { version, changes, reason } = parseWith(eventEditBodySchema, request.body, "body");
    return store.curation.apply({ action: "edit-event", id, version, changes }, actorOf(request, reason));
  });
}
