/**
 * POST /api/cypher: the Cypher console (issue 13). Body `{query, params}`; the store runs the query in a
 * read transaction with the server's timeout and row limit (graph-seed/store/neo4j/console.ts). Reading
 * needs no account. On the embedded store every query is answered 409 with a pointer to the Questions
 * panel; GET /api/health's `store` tells the web beforehand.
 */
import type { FastifyInstance } from "fastify";
import { consoleRequestSchema, runConsoleQuery } from "../../model/cypherConsole.ts";
import { NO_QUERY, parseQuery, parseWith } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export function registerCypherRoutes(app: FastifyInstance, { store, consoleLimits }: RouteContext) {
  app.post("/api/cypher", async (request) => {
    parseQuery(NO_QUERY, request.query);
    const input = parseWith(consoleRequestSchema, request.body, "body");
    return runConsoleQuery(store, input, consoleLimits);
  });
}
