/**
 * Sessions in a sealed cookie (@fastify/secure-session: encrypted and authenticated with the session
 * key), so nothing server-side is lost on a restart. The cookie holds the user's name and a stamp of
 * their password hash; the role is read from the users file on every request, so `set-role`, `remove`
 * and `passwd` take effect at once (a new password ends the old sessions).
 */
import { createHash } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifySecureSession from "@fastify/secure-session";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SessionUser } from "./guard.ts";
import type { UserRecord } from "./userSchemas.ts";
import type { UserStore } from "./users.ts";

declare module "@fastify/secure-session" {
  interface SessionData {
    name: string;
    stamp: string;
  }
}

export const SESSION_COOKIE = "session";
/** A working day: a stolen cookie cannot outlive it, and sign-out cannot revoke a copy of it. */
export const SESSION_SECONDS = 12 * 60 * 60;

export async function registerSessions(app: FastifyInstance, key: Buffer) {
  await app.register(fastifyCookie);
  await app.register(fastifySecureSession, {
    key,
    cookieName: SESSION_COOKIE,
    expiry: SESSION_SECONDS,
    cookie: {
      path: "/",
      httpOnly: true,
      // Strict: no other site can make the browser send it, on a link or a form alike.
      sameSite: "strict",
      // Secure when the request came over HTTPS (seen through a proxy only if TRUST_PROXY says so).
      secure: "auto",
      maxAge: SESSION_SECONDS,
    },
  });
}

/** Changes whenever the password does. */
const stampOf = (user: UserRecord) =>
  createHash("sha256").update(user.passwordHash).digest("base64url").slice(0, 22);

/** The user a session cookie stands for, if that account still exists with the same password. */
export async function sessionUser(request: FastifyRequest, users: UserStore): Promise<SessionUser | null> {
  const name = request.session.get("name");
  if (!name) return null;
  const user = await users.find(name);
  if (!user || request.session.get("stamp") !== stampOf(user)) {
    request.session.delete();
    return null;
  }
  return { name: user.name, role: user.role };
}

/** A fresh session for the user: nothing from before sign-in (a planted value, an old CSRF secret) carries over. */
export function startSession(request: FastifyRequest, user: UserRecord) {
  request.session.regenerate();
  request.session.set("name", user.name);
  request.session.set("stamp", stampOf(user));
}

export const endSession = (request: FastifyRequest) => request.session.delete();
