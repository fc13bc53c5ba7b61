/** GET /api/search: ranked, typo- and variant-tolerant name search. */
import type { FastifyInstance } from "fastify";
import { searchQuerySchema } from "../../model/api.ts";
import { parseQuery } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export function registerSearchRoutes(app: FastifyInstance, { store }: RouteContext) {
  // A bare SearchHit[] (best first): the shape the web client reads.
  app.get("/api/search", async (request) => store.search(parseQuery(searchQuerySchema, request.query)));
}
