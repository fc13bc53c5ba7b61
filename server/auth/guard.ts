/**
 * Who is asking, and the one check every write route makes. The session machinery (accounts, cookies,
 * CSRF) sets `request.user`; routes only say which role they need, so they never depend on how the
 * user was recognised (and tests can recognise one without a session).
 */
import type { FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import { HttpError } from "../errors.ts";

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  name: string;
  role: Role;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, null for an anonymous reader. */
    user: SessionUser | null;
  }
  interface FastifyInstance {
    /** False while no account exists: the server is read-only until one is made. */
    usersConfigured(): Promise<boolean>;
  }
}

/** Recognises the user behind a request; null when nobody is signed in. */
export type Authenticate = (request: FastifyRequest) => Promise<SessionUser | null> | SessionUser | null;

const rank = (role: Role) => ROLES.indexOf(role);

export const unauthorized = () => new HttpError(401, "Unauthorized", "sign in to change the graph");
export const ADD_ACCOUNT_HINT = "npm run user -- add NAME --role editor";
export const readOnly = () =>
  new HttpError(
    401,
    "Unauthorized",
    `this server has no accounts yet, so it is read-only: create one with \`${ADD_ACCOUNT_HINT}\`, then sign in`,
  );
export const forbidden = (role: Role) =>
  new HttpError(403, "Forbidden", `this needs the ${role} role or higher`);

/** A preHandler for a route that needs at least `role`. */
export const requireRole =
  (role: Role): preHandlerAsyncHookHandler =>
  async (request) => {
    if (!request.user) throw (await request.server.usersConfigured()) ? unauthorized() : readOnly();
    if (rank(request.user.role) < rank(role)) throw forbidden(role);
  };
