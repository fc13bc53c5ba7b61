/** GET /api/nodes/:id and /api/nodes/:id/neighbours. Ids contain ':' and arrive URL-encoded. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { capPayloadQuotes } from "../../graph-seed/store/quotes/pageQuotes.ts";
import { MAX_ID_LENGTH, neighbourhoodQuerySchema, nodeQuerySchema } from "../../model/api.ts";
import { nodeId } from "../../model/ids.ts";
import { notFound } from "../errors.ts";
import { parseQuery, parseWith } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export const nodeParamsSchema = z.object({ id: z.string().min(1).max(MAX_ID_LENGTH) });

export function registerNodeRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.get("/api/nodes/:id", async (request) => {
    const id = nodeId(parseWith(nodeParamsSchema, request.params, "path").id);
    const query = parseQuery(nodeQuerySchema, request.query);
    // The query names the page: the store answers with that page of quotes, not every one.
    const details = await store.node(id, query);
    if (!details) throw notFound(`node ${id}`);
    return details;
  });

  app.get("/api/nodes/:id/neighbours", async (request) => {
    const id = nodeId(parseWith(nodeParamsSchema, request.params, "path").id);
    const query = parseQuery(neighbourhoodQuerySchema, request.query);
    const payload = await store.neighbourhood(id, query);
    if (!payload) throw notFound(`node ${id}`);
    return capPayloadQuotes(payload, query.quotesPerItem);
  });
}
