/** The Cypher console route (issue 13) for the OpenAPI document. */
import { consoleRequestSchema } from "../../model/cypherConsole.ts";
import type { RouteDoc } from "./routes.ts";

export const CYPHER_ROUTES: RouteDoc[] = [
  {
    method: "post",
    path: "/api/cypher",
    summary:
      "Run a read-only Cypher query (Neo4j store only): read transaction, server timeout (CYPHER_TIMEOUT_MS) and row limit (CYPHER_ROW_LIMIT, `truncated` when cut); no account needed",
    body: consoleRequestSchema,
    responses: {
      "200":
        "ConsoleAnswer: columns, rows (nodes, relationships and paths tagged by @type), truncated, graph",
      "400":
        "ErrorBody: invalid body or parameters, a syntax error (line and column) or a query Neo4j refuses",
      "403": "ErrorBody: the query writes (refused by the read transaction; nothing changed)",
      "409": "ErrorBody: the server runs the embedded store, which has no Cypher: use the Questions panel",
      "413": "ErrorBody: the body is larger than 1 MB",
      "422": "ErrorBody: the query ran past the timeout and was stopped",
      "429": "ErrorBody: too many console queries this minute",
    },
  },
];
