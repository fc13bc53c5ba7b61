/**
 * Wires accounts into an app: either real sessions (cookie, CSRF, sign-in throttle, users file) or,
 * for tests, an `authenticate` function passed to createApp in code. Nothing from the network can pick
 * the second: a request only ever meets the mode the app was built with.
 */
import type { FastifyInstance } from "fastify";
import { checkCsrf, registerCsrf } from "./csrf.ts";
import type { Authenticate } from "./guard.ts";
import { createLoginThrottle, type LoginThrottle } from "./loginThrottle.ts";
import { registerSessions, sessionUser } from "./sessions.ts";
import type { UserStore } from "./users.ts";

/** What main.ts opens: the accounts and the key that seals their cookies. */
export interface Accounts {
  users: UserStore;
  sessionKey: Buffer;
}

/** What the session and user routes need to know of the app's mode. */
export interface AuthContext {
  /** null when the app has no accounts of its own (tests with an injected user, benchmarks). */
  users: UserStore | null;
  /** Cookie sessions are in use: sign-in works and writes need a CSRF token. */
  sessions: boolean;
  throttle: LoginThrottle | null;
}

export async function registerAuth(
  app: FastifyInstance,
  options: { accounts?: Accounts; authenticate?: Authenticate },
): Promise<AuthContext> {
  const { accounts, authenticate } = options;
  if (authenticate) {
    app.decorate("usersConfigured", async () => true);
    app.addHook("onRequest", async (request) => {
      request.user = await authenticate(request);
    });
    return { users: accounts?.users ?? null, sessions: false, throttle: null };
  }
  if (!accounts) {
    app.decorate("usersConfigured", async () => false);
    return { users: null, sessions: false, throttle: null };
  }
  const { users } = accounts;
  app.decorate("usersConfigured", async () => (await users.count()) > 0);
  await registerSessions(app, accounts.sessionKey);
  await registerCsrf(app);
  const throttle = await createLoginThrottle(app);
  app.addHook("onRequest", async (request) => {
    request.user = await sessionUser(request, users);
  });
  app.addHook("preHandler", checkCsrf(app));
  return { users, sessions: true, throttle };
}
