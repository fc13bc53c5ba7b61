/** GET /api/articles, GET /api/articles/:id, POST /api/articles (ingest), POST /api/corpus/reseed (admin). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { ingestBodySchema } from "../../model/api.ts";
import { articleId } from "../../model/ids.ts";
import { requireRole } from "../auth/guard.ts";
import { notFound } from "../errors.ts";
import { NO_QUERY, parseQuery, parseWith } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export const articleParamsSchema = z.object({ id: z.string().min(1).max(200) });

export function registerArticleRoutes(app: FastifyInstance, { store, ingestor }: RouteContext) {
  app.get("/api/articles", async (request) => {
    parseQuery(NO_QUERY, request.query);
    return store.articles();
  });

  app.get("/api/articles/:id", async (request) => {
    const id = articleId(parseWith(articleParamsSchema, request.params, "path").id);
    parseQuery(NO_QUERY, request.query);
    const doc = await store.article(id);
    if (!doc) throw notFound(`article ${id}`);
    return doc;
  });

  // Previews too: a dry run costs the same extraction as a real one, so it is an editor's tool.
  app.post("/api/corpus/reseed", { preHandler: requireRole("admin") }, async (request) => {
    parseQuery(NO_QUERY, request.query);
    return ingestor.reseed();
  });

  app.post("/api/articles", { preHandler: requireRole("editor") }, async (request, reply) => {
    const body = parseWith(ingestBodySchema, request.body, "body");
    const result = await ingestor.ingest(body);
    return reply.status(body.dryRun ? 200 : 201).send(result);
  });
}
