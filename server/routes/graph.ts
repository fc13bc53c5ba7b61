/** GET /api/graph: the filtered graph in the events or people view. */
import type { FastifyInstance } from "fastify";
import { graphQuerySchema } from "../../model/api.ts";
import { parseQuery } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export function registerGraphRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.get("/api/graph", async (request) => store.graph(parseQuery(graphQuerySchema, request.query)));
}
