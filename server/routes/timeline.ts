/** GET /api/timeline: events in date order, filtered by participant, type and range. */
import type { FastifyInstance } from "fastify";
import { timelineQuerySchema } from "../../model/api.ts";
import { nodeId } from "../../model/ids.ts";
import { notFound } from "../errors.ts";
import { parseQuery } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export function registerTimelineRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.get("/api/timeline", async (request) => {
    const query = parseQuery(timelineQuerySchema, request.query);
    // An unknown participant is a client mistake, not an empty timeline.
    if (query.participant && !(await store.hasNode(nodeId(query.participant)))) {
      throw notFound(`node ${query.participant}`);
    }
    return store.timeline(query);
  });
}
