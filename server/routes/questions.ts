/** GET /api/questions/<id>?…: each ready question, answered as a table plus the nodes to highlight. */
import type { FastifyInstance } from "fastify";
import { nodeId } from "../../model/ids.ts";
import { QUESTION_IDS, type QuestionId, questionSchemas } from "../../model/questions.ts";
import { notFound } from "../errors.ts";
import { ANSWERS, nodeParamsOf } from "../questions/index.ts";
import { parseQuery } from "../validate.ts";
import type { RouteContext } from "./context.ts";

export const questionPath = (id: QuestionId) => `/api/questions/${id}`;

export function registerQuestionRoutes(app: FastifyInstance, { store }: RouteContext) {
  app.get("/api/questions", async () => ({ questions: QUESTION_IDS }));
  for (const id of QUESTION_IDS) app.get(questionPath(id), async (request) => answer(id, request.query));

  async function answer<Q extends QuestionId>(id: Q, query: unknown) {
    const params = parseQuery(questionSchemas[id], query);
    // An unknown person or topic is a client mistake, not an empty table.
    for (const node of nodeParamsOf(id, params))
      if (!(await store.hasNode(nodeId(node)))) throw notFound(`node ${node}`);
    return ANSWERS[id](store, params);
  }
}
