/** GET /api/session (who is asking), POST /api/session (sign in), DELETE /api/session (sign out). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type SessionInfo, signInBodySchema } from "../../model/api.ts";
import type { AuthContext } from "../auth/accounts.ts";
import { readOnly } from "../auth/guard.ts";
import { decoyHash, verifyPassword } from "../auth/passwords.ts";
import { endSession, startSession } from "../auth/sessions.ts";
import { HttpError } from "../errors.ts";
import { parseWith } from "../validate.ts";

/** One message for an unknown name and a wrong password, so a guesser cannot learn which names exist. */
const badCredentials = () => new HttpError(401, "Unauthorized", "wrong name or password");

export function registerSessionRoutes(app: FastifyInstance, auth: AuthContext) {
  const info = async (request: FastifyRequest, reply: FastifyReply): Promise<SessionInfo> => {
    // It names the user and carries a CSRF token: no cache, shared or private, may keep it.
    reply.header("cache-control", "no-store");
    return {
      user: request.user,
      csrfToken: auth.sessions && request.user ? reply.generateCsrf() : null,
      usersConfigured: await app.usersConfigured(),
    };
  };

  app.get("/api/session", info);

  app.post("/api/session", async (request, reply) => {
    const { users, throttle } = auth;
    if (!users || !throttle || !(await app.usersConfigured())) throw readOnly();
    const wait = await throttle.retryAfter(request);
    if (wait > 0) {
      reply.header("retry-after", String(wait));
      throw new HttpError(429, "Too Many Requests", `too many failed sign-ins; try again in ${wait} s`);
    }
    const { name, password } = parseWith(signInBodySchema, request.body, "body");
    const user = await users.find(name.normalize("NFC"));
    // An unknown name costs a real hash check too, so the answer's timing does not tell it apart.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok) {
      await throttle.failed(request);
      throw badCredentials();
    }
    startSession(request, user);
    request.user = { name: user.name, role: user.role };
    return info(request, reply);
  });

  app.delete("/api/session", async (request, reply) => {
    if (auth.sessions) endSession(request);
    request.user = null;
    return info(request, reply);
  });
}
