/**
 * Stories (issue 13): GET /api/stories, GET /api/stories/:id (with what each step lost), and, for
 * editors, POST /api/stories, POST /api/stories/:id/edit, DELETE /api/stories/:id. Reading and presenting
 * need no account.
 */
import type { FastifyInstance } from "fastify";
import { storyInputSchema, storyParamsSchema } from "../../model/story.ts";
import { requireRole, unauthorized } from "../auth/guard.ts";
import { notFound } from "../errors.ts";
import { lostNodes } from "../stories/lostNodes.ts";
import { NO_QUERY, parseQuery, parseWith } from "../validate.ts";
import type { RouteContext } from "./context.ts";

const editorOnly = { preHandler: requireRole("editor") };

export function registerStoryRoutes(app: FastifyInstance, { store }: RouteContext) {
  const { stories } = store;
  const author = (user: { name: string } | null) => {
    if (!user) throw unauthorized();
    return user.name;
  };

  app.get("/api/stories", async (request) => {
    parseQuery(NO_QUERY, request.query);
    return stories.list();
  });

  app.get("/api/stories/:id", async (request) => {
    const { id } = parseWith(storyParamsSchema, request.params, "path");
    parseQuery(NO_QUERY, request.query);
    const story = await stories.get(id);
    if (!story) throw notFound(`story ${id}`);
    return { ...story, lost: await lostNodes(store, story) };
  });

  app.post("/api/stories", editorOnly, async (request, reply) => {
    parseQuery(NO_QUERY, request.query);
    const input = parseWith(storyInputSchema, request.body, "body");
    return reply.status(201).send(await stories.create(input, author(request.user)));
  });

  app.post("/api/stories/:id/edit", editorOnly, async (request) => {
    const { id } = parseWith(storyParamsSchema, request.params, "path");
    parseQuery(NO_QUERY, request.query);
    const input = parseWith(storyInputSchema, request.body, "body");
    const story = await stories.update(id, input, author(request.user));
    if (!story) throw notFound(`story ${id}`);
    return story;
  });

  app.delete("/api/stories/:id", editorOnly, async (request) => {
    const { id } = parseWith(storyParamsSchema, request.params, "path");
    parseQuery(NO_QUERY, request.query);
    if (!(await stories.remove(id))) throw notFound(`story ${id}`);
    return { deleted: id };
  });
}
