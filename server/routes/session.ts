/** GET /api/session: who the request comes from. The account routes (sign in and out) sit beside it. */
import type { FastifyInstance } from "fastify";
import type { SessionInfo } from "../../model/api.ts";

export function registerSessionRoutes(app: FastifyInstance) {
  app.get(
    "/api/session",
    async (request): Promise<SessionInfo> => ({
      user: request.user,
      csrfToken: null,
      usersConfigured: false,
    }),
  );
}
