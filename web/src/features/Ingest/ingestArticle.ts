/** POST /api/articles: extract an article and (unless dryRun) add it to the graph. */
import type { IngestBody, IngestResult } from "../../../../model/api.ts";
import { apiUrl, fetchJson } from "../../api/client.ts";

export const ingestArticle = (body: IngestBody) =>
  fetchJson<IngestResult>(apiUrl("articles"), { method: "POST", body: JSON.stringify(body) });
