/** GET /api/export?format=…: the current graph, or a filtered view, as a download. */
import type { FastifyInstance } from "fastify";
import { exportQuerySchema } from "../../model/api.ts";
import { renderExport } from "../export/formats.ts";
import { parseQuery } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export const EXPORT_DEFAULT_LIMIT = 20000;

export function registerExportRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.get("/api/export", async (request, reply) => {
    // An export is "the current graph": unless told otherwise, take as much as the schema allows.
    const raw = { limit: String(EXPORT_DEFAULT_LIMIT), ...(request.query as Record<string, unknown>) };
    const { format, ...query } = parseQuery(exportQuerySchema, raw);
    const payload = await store.graph(query);
    const file = renderExport(format, payload, `diplomatic-graph-${query.view}`);
    return reply
      .header("content-type", file.contentType)
      .header("content-disposition", `attachment; filename="${file.filename}"`)
      .header("x-truncated", String(payload.truncated))
      .send(file.body);
  });
}
