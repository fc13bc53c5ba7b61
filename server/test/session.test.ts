/** Signing in and out: the cookie's flags, one answer for every bad sign-in, the throttle, CSRF on writes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionInfo } from "../../model/api.ts";
import { ACCOUNTS, type AccountsHarness, startAccountsHarness } from "./accountsHarness.ts";

const ARTICLE = { text: "التقى وزير الخارجية نظيره في القاهرة اليوم.", dryRun: true };

let h: AccountsHarness;
beforeAll(async () => {
  // Trusting the loopback proxy lets a test say it came over HTTPS or from another address.
  h = await startAccountsHarness({ app: { trustProxy: ["127.0.0.1"] } });
});
afterAll(() => h.cleanup());

const sessionCookie = (headers: Headers) => headers.getSetCookie().find((c) => c.startsWith("session="));

describe("signing in", () => {
  it("answers the session with a CSRF token and sets an HttpOnly, SameSite=Strict cookie", async () => {
    const c = h.client({ "x-forwarded-for": "10.0.1.1" });
    const { status, body, headers } = await c.signIn(ACCOUNTS.editor.name, ACCOUNTS.editor.password);
    expect(status).toBe(200);
    expect(body).toMatchObject({ user: { name: "eddie", role: "editor" }, usersConfigured: true });
    expect(body.csrfToken).toEqual(expect.any(String));
    const cookie = sessionCookie(headers)!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
    expect(headers.get("cache-control")).toBe("no-store");
    const again = await c.send<SessionInfo>("GET", "/api/session");
    expect(again.body.user).toEqual({ name: "eddie", role: "editor" });
  });

  it("marks the cookie Secure when a trusted proxy says the request came over HTTPS", async () => {
    const c = h.client({ "x-forwarded-proto": "https", "x-forwarded-for": "10.0.1.2" });
    const { headers } = await c.signIn(ACCOUNTS.viewer.name, ACCOUNTS.viewer.password);
    expect(sessionCookie(headers)).toMatch(/; Secure/);
  });

  it("believes no X-Forwarded-Proto from a proxy it was not told to trust", async () => {
    const untrusting = await startAccountsHarness();
    try {
      const c = untrusting.client({ "x-forwarded-proto": "https" });
      const { status, headers } = await c.signIn(ACCOUNTS.viewer.name, ACCOUNTS.viewer.password);
      expect(status).toBe(200);
      expect(sessionCookie(headers)).not.toMatch(/; Secure/);
    } finally {
      await untrusting.cleanup();
    }
  });

  it("gives an unknown name and a wrong password the same 401, with no cookie", async () => {
    const unknown = await h.client({ "x-forwarded-for": "10.0.2.1" }).signIn("nobody", "whatever-it-is");
    const wrong = await h
      .client({ "x-forwarded-for": "10.0.2.2" })
      .signIn(ACCOUNTS.admin.name, "not-the-password");
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(unknown.body).toEqual({ error: "Unauthorized", message: "wrong name or password" });
    expect(sessionCookie(wrong.headers)).toBeUndefined();
  });

  it("refuses a malformed sign-in with a 400", async () => {
    const { status, body } = await h.client().send("POST", "/api/session", { body: { name: "x" } });
    expect(status).toBe(400);
    expect(body).toMatchObject({ message: expect.stringContaining("password") });
  });

  it("signing out ends the session and clears the cookie", async () => {
    const c = await h.signIn("admin", { "x-forwarded-for": "10.0.3.1" });
    const out = await c.send<SessionInfo>("DELETE", "/api/session");
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ user: null, csrfToken: null });
    expect(sessionCookie(out.headers)).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    expect((await c.send<SessionInfo>("GET", "/api/session")).body.user).toBeNull();
  });
});

describe("the sign-in throttle", () => {
  it("after 5 failures from one address answers 429 with Retry-After, even for the right password", async () => {
    const c = h.client({ "x-forwarded-for": "10.0.4.1" });
    for (let i = 0; i < 5; i++) expect((await c.signIn(`guess${i}`, "wrong-password")).status).toBe(401);
    const blocked = await c.signIn(ACCOUNTS.viewer.name, ACCOUNTS.viewer.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.body).toMatchObject({ error: "Too Many Requests" });
    // Another address is not held up by this one's failures.
    expect(
      (await h.client({ "x-forwarded-for": "10.0.4.2" }).signIn("vera", "viewer-password-1")).status,
    ).toBe(200);
  });

  it("after 5 failures against one name holds that name back, whatever the address", async () => {
    await h.users.add("targeted", "viewer", "targeted-password");
    for (let i = 0; i < 5; i++) {
      const c = h.client({ "x-forwarded-for": `10.0.5.${i + 1}` });
      expect((await c.signIn("Targeted", "wrong-password")).status).toBe(401);
    }
    const blocked = await h
      .client({ "x-forwarded-for": "10.0.5.99" })
      .signIn("targeted", "targeted-password");
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("does not count successful sign-ins", async () => {
    for (let i = 0; i < 8; i++) {
      const c = h.client({ "x-forwarded-for": "10.0.6.1" });
      expect((await c.signIn(ACCOUNTS.editor.name, ACCOUNTS.editor.password)).status).toBe(200);
    }
  });
});

describe("CSRF on writes made with a session", () => {
  it("refuses a write with no token or a wrong one with 403, and takes the right one", async () => {
    const c = await h.signIn("editor", { "x-forwarded-for": "10.0.7.1" });
    const missing = await c.send("POST", "/api/articles", { body: ARTICLE, csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({
      error: "Forbidden",
      message: expect.stringContaining("x-csrf-token"),
    });
    const wrong = await c.send("POST", "/api/articles", { body: ARTICLE, csrf: "forged-token" });
    expect(wrong.status).toBe(403);
    expect((await c.send("POST", "/api/articles", { body: ARTICLE })).status).toBe(200);
  });

  it("does not take another session's token", async () => {
    const mine = await h.signIn("editor", { "x-forwarded-for": "10.0.7.2" });
    const theirs = await h.signIn("editor", { "x-forwarded-for": "10.0.7.3" });
    const { status } = await mine.send("POST", "/api/articles", { body: ARTICLE, csrf: theirs.csrfToken! });
    expect(status).toBe(403);
  });

  it("needs the token to sign out too", async () => {
    const c = await h.signIn("viewer", { "x-forwarded-for": "10.0.7.4" });
    expect((await c.send("DELETE", "/api/session", { csrf: false })).status).toBe(403);
    expect((await c.send<SessionInfo>("GET", "/api/session")).body.user?.name).toBe("vera");
  });

  it("hands out the same session's token again on GET /api/session", async () => {
    const c = await h.signIn("editor", { "x-forwarded-for": "10.0.7.5" });
    const { body } = await c.send<SessionInfo>("GET", "/api/session");
    expect((await c.send("POST", "/api/articles", { body: ARTICLE, csrf: body.csrfToken! })).status).toBe(
      200,
    );
  });
});

describe("a session follows the users file", () => {
  it("takes a new role at once, and ends when the password changes or the account goes", async () => {
    const { users } = h;
    await users.add("temp-user", "viewer", "temporary-password");
    const c = h.client({ "x-forwarded-for": "10.0.8.1" });
    expect((await c.signIn("temp-user", "temporary-password")).status).toBe(200);
    expect((await c.send("POST", "/api/articles", { body: ARTICLE })).status).toBe(403);
    await users.setRole("temp-user", "editor");
    expect((await c.send("POST", "/api/articles", { body: ARTICLE })).status).toBe(200);
    await users.setPassword("temp-user", "a-new-password-9");
    expect((await c.send<SessionInfo>("GET", "/api/session")).body.user).toBeNull();
    expect((await c.signIn("temp-user", "a-new-password-9")).status).toBe(200);
    await users.remove("temp-user");
    expect((await c.send<SessionInfo>("GET", "/api/session")).body.user).toBeNull();
    expect((await c.send("POST", "/api/articles", { body: ARTICLE })).status).toBe(401);
  });

  it("ignores a cookie sealed with another key", async () => {
    const other = await startAccountsHarness();
    try {
      const c = await other.signIn("admin");
      const stranger = h.client();
      stranger.cookies = c.cookies;
      expect((await stranger.send<SessionInfo>("GET", "/api/session")).body.user).toBeNull();
    } finally {
      await other.cleanup();
    }
  });
});
