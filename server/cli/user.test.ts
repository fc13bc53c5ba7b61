/** `npm run user`: each command against a temp users file, in process, and once as a real process. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords.ts";
import { createUserStore } from "../auth/users.ts";
import { runUserCommand } from "./runUserCommand.ts";

let dir: string;
let usersFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "user-cli-"));
  usersFile = join(dir, "users.json");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function run(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c) => out.push(String(c)));
  stderr.on("data", (c) => err.push(String(c)));
  const stdin = Readable.from(options.stdin === undefined ? [] : [options.stdin]);
  const code = await runUserCommand(args, {
    stdin,
    stdout,
    stderr,
    env: { USERS_FILE: usersFile, ...options.env },
  });
  return { code, out: out.join(""), err: err.join("") };
}

const users = () => createUserStore(usersFile);

describe("npm run user", () => {
  it("adds an account with a password from standard input, in a 0600 file", async () => {
    const { code, out } = await run(["add", "layla", "--role", "editor", "--password-stdin"], {
      stdin: "layla-password-1\n",
    });
    expect(code).toBe(0);
    expect(out).toContain("added layla (editor)");
    const record = await users().find("layla");
    expect(record?.role).toBe("editor");
    expect(await verifyPassword("layla-password-1", record!.passwordHash)).toBe(true);
    expect((await stat(usersFile)).mode & 0o777).toBe(0o600);
    expect(await readFile(usersFile, "utf8")).not.toContain("layla-password-1");
  });

  it("takes the password from USER_PASSWORD, and lists accounts without hashes", async () => {
    expect(
      (await run(["add", "omar", "--role", "admin"], { env: { USER_PASSWORD: "omar-password-1" } })).code,
    ).toBe(0);
    const { code, out } = await run(["list"]);
    expect(code).toBe(0);
    expect(out).toMatch(/omar\s+admin\s+\d{4}-/);
    expect(out).not.toContain("scrypt");
  });

  it("says an empty list means a read-only server", async () => {
    expect((await run(["list"])).out).toContain("read-only");
  });

  it("changes a role, a password, and removes an account", async () => {
    await run(["add", "sami", "--role", "viewer", "--password-stdin"], { stdin: "sami-password-1" });
    expect((await run(["set-role", "sami", "admin"])).out).toContain("sami is now admin");
    expect((await users().find("sami"))?.role).toBe("admin");
    expect((await run(["passwd", "sami", "--password-stdin"], { stdin: "sami-password-2\n" })).code).toBe(0);
    expect(await verifyPassword("sami-password-2", (await users().find("sami"))!.passwordHash)).toBe(true);
    expect((await run(["remove", "sami"])).code).toBe(0);
    expect(await users().find("sami")).toBeNull();
  });

  it.each([
    [["add", "x", "--role", "editor"], "at least 2 characters"],
    [["add", "bad name", "--role", "editor"], "letters and digits"],
    [["add", "-dash", "--role", "editor"], "option"],
    [["add", "nour", "--role", "owner"], "viewer, editor, admin"],
    [["add", "nour"], "--role"],
    [["set-role", "nour", "superuser"], "viewer, editor, admin"],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["remove"], "takes 1 argument"],
  ])("refuses %j with usage exit code 2", async (args, message) => {
    const { code, err } = await run(args, { env: { USER_PASSWORD: "some-password-1" } });
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(await users().count()).toBe(0);
  });

  it("refuses a short password, a taken name, and a missing account", async () => {
    const short = await run(["add", "hana", "--role", "editor", "--password-stdin"], { stdin: "short" });
    expect(short.err).toContain("at least 10 characters");
    await run(["add", "hana", "--role", "editor"], { env: { USER_PASSWORD: "hana-password-1" } });
    const again = await run(["add", "hana", "--role", "viewer"], {
      env: { USER_PASSWORD: "hana-password-2" },
    });
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('"hana" already exists');
    const missing = await run(["remove", "nobody"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('user "nobody" not found');
  });

  it("will not wait for a password when nothing can give one", async () => {
    const { code, err } = await run(["add", "rami", "--role", "editor"]);
    expect(code).toBe(2);
    expect(err).toContain("--password-stdin or USER_PASSWORD");
  });

  it("runs as `npm run user` does, through tsx", async () => {
    const exec = promisify(execFile);
    const env = { ...process.env, USERS_FILE: usersFile, USER_PASSWORD: "process-password-1" };
    await exec(
      process.execPath,
      ["--import", "tsx", "server/cli/user.ts", "add", "proc", "--role", "viewer"],
      { env },
    );
    const { stdout } = await exec(process.execPath, ["--import", "tsx", "server/cli/user.ts", "list"], {
      env,
    });
    expect(stdout).toMatch(/proc\s+viewer/);
  });
});
