/** A server with no accounts is read-only; admins manage accounts; no answer ever carries a password hash. */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionInfo, UserSummary } from "../../model/api.ts";
import { RESPONSE_SCHEMAS } from "../../model/responseSchemas.ts";
import { loadSessionKey } from "../auth/sessionKey.ts";
import { type AccountsHarness, startAccountsHarness } from "./accountsHarness.ts";
import { servedRoutes } from "./servedRoutes.ts";

describe("a server with no accounts", () => {
  let h: AccountsHarness;
  beforeAll(async () => {
    h = await startAccountsHarness({ withUsers: false });
  });
  afterAll(() => h.cleanup());

  it("says so on GET /api/session and serves every read", async () => {
    const c = h.client();
    const { body } = await c.send<SessionInfo>("GET", "/api/session");
    expect(body).toEqual({ user: null, csrfToken: null, usersConfigured: false });
    for (const path of [
      "/api/graph",
      "/api/stats",
      "/api/articles",
      "/api/timeline",
      "/api/search?q=putin",
    ]) {
      expect((await c.send("GET", path)).status, path).toBe(200);
    }
  });

  it("answers writes and sign-ins with a 401 that says how to make an account", async () => {
    const c = h.client();
    for (const [method, path, body] of [
      ["POST", "/api/articles", { text: "نص", dryRun: true }],
      ["POST", "/api/session", { name: "someone", password: "anything-at-all" }],
    ] as const) {
      const res = await c.send<{ message: string }>(method, path, { body });
      expect(res.status, path).toBe(401);
      expect(res.body.message, path).toContain("npm run user -- add NAME --role editor");
    }
  });

  it("counts an account made while it runs, without a restart", async () => {
    await h.users.add("late-editor", "editor", "late-password-1");
    const c = h.client();
    expect((await c.signIn("late-editor", "late-password-1")).status).toBe(200);
    expect((await c.send("POST", "/api/articles", { body: { text: "نص قصير.", dryRun: true } })).status).toBe(
      200,
    );
  });
});

describe("accounts over the API", () => {
  let h: AccountsHarness;
  beforeAll(async () => {
    h = await startAccountsHarness();
  });
  afterAll(() => h.cleanup());

  it("lets an admin list, add and remove accounts", async () => {
    const admin = await h.signIn("admin");
    const added = await admin.send<UserSummary>("POST", "/api/users", {
      body: { name: "nadia", role: "editor", password: "nadia-password-1" },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: "nadia", role: "editor" });
    const list = await admin.send<UserSummary[]>("GET", "/api/users");
    expect(list.body.map((u) => u.name)).toEqual(["vera", "eddie", "ada", "nadia"]);
    for (const user of list.body) expect(RESPONSE_SCHEMAS.UserSummary.safeParse(user).success).toBe(true);
    expect((await admin.send("DELETE", "/api/users/nadia")).status).toBe(204);
    expect((await admin.send("DELETE", "/api/users/nadia")).status).toBe(404);
  });

  it("refuses a bad name, a bad role, a short password, a taken name, and removing oneself", async () => {
    const admin = await h.signIn("admin");
    const add = (body: object) => admin.send<{ message: string }>("POST", "/api/users", { body });
    expect((await add({ name: "a b", role: "editor", password: "long-enough-pw" })).status).toBe(400);
    const badRole = await add({ name: "someone", role: "owner", password: "long-enough-pw" });
    expect(badRole.status).toBe(400);
    expect(badRole.body.message).toContain("viewer, editor, admin");
    expect((await add({ name: "someone", role: "viewer", password: "short" })).status).toBe(400);
    expect((await add({ name: "eddie", role: "viewer", password: "long-enough-pw" })).status).toBe(409);
    expect((await admin.send("DELETE", "/api/users/ada")).status).toBe(409);
  });

  it("never answers a password hash, on any route", async () => {
    const admin = await h.signIn("admin");
    const reads = servedRoutes(h.app).filter((r) => r.method === "GET" && !r.url.includes(":"));
    expect(reads.map((r) => r.url)).toEqual(expect.arrayContaining(["/api/users", "/api/session"]));
    for (const r of reads) {
      const { body } = await admin.send("GET", r.url);
      expect(JSON.stringify(body), r.url).not.toMatch(/scrypt\$|passwordHash/);
    }
    const signIn = await h.client().signIn("eddie", "editor-password-2");
    expect(JSON.stringify(signIn.body)).not.toMatch(/scrypt\$|passwordHash/);
  });
});

describe("the files behind accounts", () => {
  let h: AccountsHarness;
  beforeAll(async () => {
    h = await startAccountsHarness();
  });
  afterAll(() => h.cleanup());

  it("keeps the users file and the session key readable by their owner only", async () => {
    expect((await stat(h.users.path)).mode & 0o777).toBe(0o600);
    const keyFile = join(h.usersDir, "session.key");
    const key = await loadSessionKey({ file: keyFile });
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(await loadSessionKey({ file: keyFile })).toEqual(key);
  });

  it("still starts, with a key for this run only, where the key cannot be written", async () => {
    const warnings: string[] = [];
    const key = await loadSessionKey({
      file: "/sys/no-such-dir/session.key", // sysfs: no folder can be made there, even by root
      warn: (m) => warnings.push(m),
    });
    expect(key).toHaveLength(32);
    expect(warnings.join()).toContain("sessions will end on restart");
  });

  it("derives the key from SESSION_SECRET, refusing a short one", async () => {
    const secret = "a".repeat(40);
    expect(await loadSessionKey({ secret, file: "/nonexistent/key" })).toEqual(
      await loadSessionKey({ secret, file: "/elsewhere/key" }),
    );
    await expect(loadSessionKey({ secret: "short", file: "/x" })).rejects.toThrow(/at least 32/);
  });

  it("stores salted scrypt hashes: one password twice gives two hashes", async () => {
    await h.users.add("twin-a", "viewer", "same-password-1");
    await h.users.add("twin-b", "viewer", "same-password-1");
    const [a, b] = [await h.users.find("twin-a"), await h.users.find("twin-b")];
    expect(a!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a!.passwordHash).not.toBe(b!.passwordHash);
    expect(JSON.stringify(await h.users.list())).not.toContain("scrypt$");
  });
});
