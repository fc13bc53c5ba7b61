/**
 * The audit log: GET /api/audit (JSON or CSV), GET /api/nodes/:id/history, POST /api/audit/:id/revert,
 * and GET /api/corrections/orphans (corrections whose target a reseed no longer has).
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { MAX_ID_LENGTH } from "../../model/api.ts";
import { auditQuerySchema, revertBodySchema } from "../../model/curation.ts";
import { auditCsv } from "../export/auditCsv.ts";
import { parseQuery, parseWith } from "../validate.ts";
import type { RouteContext } from "./context.ts";
import { actorOf, editorOnly } from "./curationWrite.ts";
import { nodeParamsSchema } from "./nodes.ts";

export const auditParamsSchema = z.object({ id: z.string().min(1).max(MAX_ID_LENGTH) });

export function registerAuditRoutes(app: FastifyInstance, { store }: RouteContext) {
  const { curation } = store;

  app.get("/api/audit", async (request, reply) => {
    const query = parseQuery(auditQuerySchema, request.query);
    const page = await curation.audit(query);
    if (query.format === "json") return page;
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="audit.csv"')
      .send(auditCsv(page.entries));
  });

  // Events are nodes too, so this is an event's history as well; edges: GET /api/audit?target=<edge id>.
  app.get("/api/nodes/:id/history", async (request) =>
    curation.history(parseWith(nodeParamsSchema, request.params, "path").id),
  );

  app.post("/api/audit/:id/revert", editorOnly, async (request) => {
    const { id } = parseWith(auditParamsSchema, request.params, "path");
    const { reason } = parseWith(revertBodySchema, request.body, "body");
    return curation.revert(id, actorOf(request, reason));
  });

  app.get("/api/corrections/orphans", async () => curation.orphans());
}
