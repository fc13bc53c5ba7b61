/** What every curation write route shares: the editor guard and the actor taken from the session. */
import type { FastifyRequest } from "fastify";
import type { Actor } from "../../model/curation.ts";
import { requireRole, unauthorized } from "../auth/guard.ts";

/** Every curation write needs an editor (or admin). */
export const editorOnly = { preHandler: requireRole("editor") };

/** The audit's "who" is the signed-in user; the guard has already refused anonymous requests. */
export function actorOf(request: FastifyRequest, reason?: string | null): Actor {
  if (!request.user) throw unauthorized();
  return { name: request.user.name, reason: reason ?? null };
}
