/** Accounts over the API, for admins: GET/POST /api/users, DELETE /api/users/:name. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AuthContext } from "../auth/accounts.ts";
import { requireRole } from "../auth/guard.ts";
import { passwordSchema, roleSchema, userNameSchema } from "../auth/userSchemas.ts";
import type { UserStore } from "../auth/users.ts";
import { HttpError } from "../errors.ts";
import { parseWith } from "../validate.ts";

export const newUserBodySchema = z.object({
  name: userNameSchema,
  role: roleSchema,
  password: passwordSchema,
});
export const userParamsSchema = z.object({ name: userNameSchema });

function usersOf(auth: AuthContext): UserStore {
  if (!auth.users) throw new HttpError(503, "Service Unavailable", "this server keeps no accounts");
  return auth.users;
}

export function registerUserRoutes(app: FastifyInstance, auth: AuthContext) {
  const users = () => usersOf(auth);
  const admin = { preHandler: requireRole("admin") };

  app.get("/api/users", admin, async () => users().list());

  app.post("/api/users", admin, async (request, reply) => {
    const { name, role, password } = parseWith(newUserBodySchema, request.body, "body");
    return reply.status(201).send(await users().add(name, role, password));
  });

  app.delete("/api/users/:name", admin, async (request, reply) => {
    const { name } = parseWith(userParamsSchema, request.params, "path");
    // An admin removing their own account could leave the server with no admin to undo it.
    if (name === request.user?.name) {
      throw new HttpError(
        409,
        "Conflict",
        "you cannot remove your own account; another admin (or the command) can",
      );
    }
    await users().remove(name);
    return reply.status(204).send();
  });
}
