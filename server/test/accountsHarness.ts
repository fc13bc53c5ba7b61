/**
 * The API harness with real accounts: a users file in a temp folder (one account per role), cookie
 * sessions, CSRF and the sign-in throttle, exactly as main.ts wires them. `Client` keeps a cookie jar.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SessionInfo } from "../../model/api.ts";
import type { AppOptions } from "../app.ts";
import type { Role } from "../auth/guard.ts";
import { createUserStore, type UserStore } from "../auth/users.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

export const ACCOUNTS: Record<Role, { name: string; password: string }> = {
  viewer: { name: "vera", password: "viewer-password-1" },
  editor: { name: "eddie", password: "editor-password-2" },
  admin: { name: "ada", password: "admin-password-3" },
};

export interface AccountsHarness extends Harness {
  users: UserStore;
  usersDir: string;
  client(headers?: Record<string, string>): Client;
  signIn(role: Role, headers?: Record<string, string>): Promise<Client>;
  cleanup(): Promise<void>;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like caller: sends back the cookies it was given, and the CSRF token when told to. */
export class Client {
  cookies = new Map<string, string>();
  csrfToken: string | null = null;
  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async send<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; csrf?: boolean | string } = {},
  ): Promise<Answer<T>> {
    const { body, csrf = true } = options;
    const token = typeof csrf === "string" ? csrf : csrf ? this.csrfToken : null;
    const res = await fetch(this.url + path, {
      method,
      headers: {
        ...this.headers,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") }
          : {}),
        ...(token ? { "x-csrf-token": token } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** Signs in and keeps the CSRF token the answer carries. */
  async signIn(name: string, password: string): Promise<Answer<SessionInfo>> {
    const answer = await this.send<SessionInfo>("POST", "/api/session", { body: { name, password } });
    if (answer.status === 200) this.csrfToken = answer.body.csrfToken;
    return answer;
  }
}

export async function startAccountsHarness(
  options: { withUsers?: boolean; app?: Partial<AppOptions> } = {},
): Promise<AccountsHarness> {
  const usersDir = await mkdtemp(join(tmpdir(), "accounts-test-"));
  const users = createUserStore(join(usersDir, "users.json"));
  if (options.withUsers !== false) {
    for (const [role, { name, password }] of Object.entries(ACCOUNTS))
      await users.add(name, role as Role, password);
  }
  const h = await startHarness({ app: { accounts: { users, sessionKey: randomBytes(32) }, ...options.app } });
  const client = (headers?: Record<string, string>) => new Client(h.url, headers);
  return {
    ...h,
    users,
    usersDir,
    client,
    async signIn(role, headers) {
      const c = client(headers);
      const { status } = await c.signIn(ACCOUNTS[role].name, ACCOUNTS[role].password);
      if (status !== 200) throw new Error(`${role} could not sign in: ${status}`);
      return c;
    },
    async cleanup() {
      await h.close();
      await removeHarnessFiles(h);
      await rm(usersDir, { recursive: true, force: true });
    },
  };
}
