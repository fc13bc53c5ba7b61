/**
 * Every write route the app serves is guarded: walked from Fastify's route tree, so a write route added
 * later without a guard (or without a line in REQUIRED_ROLE) fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role, SessionUser } from "../auth/guard.ts";
import type { AccountsHarness } from "./accountsHarness.ts";
import { startAccountsHarness } from "./accountsHarness.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";
import { type ServedRoute, writeRoutes } from "./servedRoutes.ts";

/** The least role each write needs; "anyone" for signing in and out. */
const REQUIRED_ROLE: Record<string, Role | "anyone"> = {
  "POST /api/session": "anyone",
  "DELETE /api/session": "anyone",
  "POST /api/articles": "editor",
  // Curation (issue 10): every change to the graph needs an editor.
  "POST /api/review/status": "editor",
  "POST /api/review/confirm": "editor",
  "POST /api/events": "editor",
  "POST /api/events/:id/edit": "editor",
  "POST /api/entities": "editor",
  "POST /api/entities/:id/edit": "editor",
  "POST /api/entities/:id/merge": "editor",
  "POST /api/entities/:id/split": "editor",
  "POST /api/offices": "editor",
  "POST /api/offices/:id/edit": "editor",
  "POST /api/audit/:id/revert": "editor",
  "POST /api/users": "admin",
  "DELETE /api/users/:name": "admin",
  "POST /api/corpus/reseed": "admin",
  // Stories (issue 13): saving needs an editor; reading and presenting never do.
  "POST /api/stories": "editor",
  "POST /api/stories/:id/edit": "editor",
  "DELETE /api/stories/:id": "editor",
  // The Cypher console (issue 13) only reads: a POST because a query does not fit a URL.
  "POST /api/cypher": "anyone",
};
const BELOW: Record<Role, Role | null> = { viewer: null, editor: "viewer", admin: "editor" };

const keyOf = (r: ServedRoute) => `${r.method} ${r.url}`;
const concrete = (url: string) => url.replace(/:\w+/g, "someone");

let sessions: AccountsHarness;
beforeAll(async () => {
  sessions = await startAccountsHarness();
});
afterAll(() => sessions.cleanup());

/** An app whose every request comes from `user`, the test seam: no session, so no CSRF token. */
async function withUser<T>(user: SessionUser | null, run: (h: Harness) => Promise<T>): Promise<T> {
  const h = await startHarness({ app: { authenticate: () => user } });
  try {
    return await run(h);
  } finally {
    await h.close();
    await removeHarnessFiles(h);
  }
}

const send = (url: string, r: ServedRoute, body: unknown = {}) =>
  fetch(url + concrete(r.url), {
    method: r.method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("write routes", () => {
  it("are all listed with the role they need (a new one must be added here, and guarded)", () => {
    const served = writeRoutes(sessions.app).map(keyOf).sort();
    expect(served).toContain("POST /api/articles");
    expect(served).toEqual(Object.keys(REQUIRED_ROLE).sort());
  });

  it("answer 401 to a caller with no session", async () => {
    for (const r of writeRoutes(sessions.app)) {
      if (REQUIRED_ROLE[keyOf(r)] === "anyone") continue;
      const res = await send(sessions.url, r);
      expect(res.status, keyOf(r)).toBe(401);
      expect(await res.json(), keyOf(r)).toMatchObject({ error: "Unauthorized" });
    }
  });

  it("answer 403 to a signed-in user one role short", async () => {
    for (const r of writeRoutes(sessions.app)) {
      const needs = REQUIRED_ROLE[keyOf(r)];
      if (!needs || needs === "anyone") continue;
      const below = BELOW[needs];
      if (!below) continue;
      await withUser({ name: "short", role: below }, async (h) => {
        const res = await send(h.url, r);
        expect(res.status, `${below} → ${keyOf(r)}`).toBe(403);
        expect(await res.json()).toMatchObject({ message: `this needs the ${needs} role or higher` });
      });
    }
  });

  it("let the role they need through (to validation, at least)", async () => {
    for (const r of writeRoutes(sessions.app)) {
      const needs = REQUIRED_ROLE[keyOf(r)];
      if (!needs || needs === "anyone") continue;
      await withUser({ name: "enough", role: needs }, async (h) => {
        const res = await send(h.url, r);
        expect([401, 403], `${needs} → ${keyOf(r)}: ${res.status}`).not.toContain(res.status);
      });
    }
  });

  it("answer 403 to a viewer session on an editor route and to an editor session on an admin route", async () => {
    const viewer = await sessions.signIn("viewer");
    const editor = await sessions.signIn("editor");
    const article = { text: "نص قصير للاختبار.", dryRun: true };
    expect((await viewer.send("POST", "/api/articles", { body: article })).status).toBe(403);
    const newUser = { name: "newbie", role: "viewer", password: "a-long-password" };
    expect((await editor.send("POST", "/api/users", { body: newUser })).status).toBe(403);
    expect((await editor.send("DELETE", "/api/users/vera")).status).toBe(403);
  });
});

describe("the test seam", () => {
  it("cannot be reached from the network: a header naming a user changes nothing", async () => {
    const res = await fetch(`${sessions.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-user": "ada", authorization: "Basic YWRhOmFkbWlu" },
      body: JSON.stringify({ text: "نص", dryRun: true }),
    });
    expect(res.status).toBe(401);
  });
});
