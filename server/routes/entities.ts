/**
 * Entity and office curation: add (from a mention), edit (rename, kind, aliases), merge, split; add an
 * office from its sentence, edit or end one.
 */
import type { FastifyInstance } from "fastify";
import {
  entityAddBodySchema,
  entityEditBodySchema,
  mergeBodySchema,
  officeAddBodySchema,
  officeEditBodySchema,
  splitBodySchema,
} from "../../model/curation.ts";
import { parseWith } from "../validate.ts";
import type { RouteContext } from "./context.ts";
import { actorOf, editorOnly } from "./curationWrite.ts";
import { nodeParamsSchema } from "./nodes.ts";

export function registerEntityRoutes(app: FastifyInstance, { store }: RouteContext) {
  const { curation } = store;
  const idOf = (params: unknown) => parseWith(nodeParamsSchema, params, "path").id;

  app.post("/api/entities", editorOnly, async (request, reply) => {
    const { reason, ...entity } = parseWith(entityAddBodySchema, request.body, "body");
    const result = await curation.apply({ action: "add-entity", entity }, actorOf(request, reason));
    return reply.status(201).send(result);
  });

  app.post("/api/entities/:id/edit", editorOnly, async (request) => {
    const id = idOf(request.params);
    const { version, changes, reason } = parseWith(entityEditBodySchema, request.body, "body");
    return curation.apply({ action: "edit-entity", id, version, changes }, actorOf(request, reason));
  });

  app.post("/api/entities/:id/merge", editorOnly, async (request) => {
    const id = idOf(request.params);
    const { into, version, intoVersion, reason } = parseWith(mergeBodySchema, request.body, "body");
    return curation.apply(
      { action: "merge-entities", id, version, into, intoVersion },
      actorOf(request, reason),
    );
  });

  app.post("/api/entities/:id/split", editorOnly, async (request, reply) => {
    const id = idOf(request.params);
    const { version, reason, ...split } = parseWith(splitBodySchema, request.body, "body");
    const result = await curation.apply(
      { action: "split-entity", id, version, split },
      actorOf(request, reason),
    );
    return reply.status(201).send(result);
  });

  app.post("/api/offices", editorOnly, async (request, reply) => {
    const { reason, ...office } = parseWith(officeAddBodySchema, request.body, "body");
    const result = await curation.apply({ action: "add-office", office }, actorOf(request, reason));
    return reply.status(201).send(result);
  });

  app.post("/api/offices/:id/edit", editorOnly, async (request) => {
    const id = idOf(request.params);
    const { version, changes, reason } = parseWith(officeEditBodySchema, request.body, "body");
    return curation.apply({ action: "edit-office", id, version, changes }, actorOf(request, reason));
  });
}
