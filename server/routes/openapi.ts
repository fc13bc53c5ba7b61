/** GET /api/openapi.json: the route table as an OpenAPI document, built once. */
import type { FastifyInstance } from "fastify";
import { buildOpenApiDocument } from "../openapi/document.ts";

export function registerOpenApiRoute(app: FastifyInstance) {
  const document = buildOpenApiDocument();
  app.get("/api/openapi.json", async () => document);
}
