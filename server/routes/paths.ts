/** GET /api/paths: up to k shortest paths between two nodes, each step with its evidence. */
import type { FastifyInstance } from "fastify";
import { pathQuerySchema } from "../../model/api.ts";
import { notFound } from "../errors.ts";
import { parseQuery } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export function registerPathRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.get("/api/paths", async (request) => {
    const query = parseQuery(pathQuerySchema, request.query);
    const result = await store.paths(query);
    if (!result) throw notFound(`node ${query.from} or ${query.to}`);
    return result;
  });
}
