/**
 * DNS rebinding: a web page on attacker.example can point its own name at 127.0.0.1 and then talk to a
 * server on the user's machine as if it were its own origin. The browser still sends `Host:
 * attacker.example`, so a server that answers only the names it is known by cannot be reached that way;
 * and a write whose `Origin` is another site is refused even when the Host is right.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "./errors.ts";

/** The names a server on this machine is reached by. */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `example.org:8080` → `example.org`; `[::1]:80` → `[::1]`. Lower case; null when unparsable. */
export function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function originHost(request: FastifyRequest): string | null | undefined {
  const origin = request.headers.origin;
  if (origin === undefined || origin === "null") return origin === "null" ? null : undefined;
  try {
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** `allowed` lists host names (no ports); "*" lets any name in, for a server behind a proxy that checks. */
export function registerAllowedHosts(app: FastifyInstance, allowed: readonly string[]) {
  if (allowed.includes("*")) return;
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  const refuse = (what: string) =>
    new HttpError(403, "Forbidden", `${what} is not one this server answers to; add it to ALLOWED_HOSTS`);
  app.addHook("onRequest", async (request) => {
    const host = hostnameOf(request.headers.host);
    if (!host || !names.has(host)) throw refuse(`host ${request.headers.host ?? "(none)"}`);
    if (!WRITES.has(request.method)) return;
    const origin = originHost(request);
    if (origin !== undefined && (origin === null || !names.has(origin))) {
      throw refuse(`origin ${request.headers.origin}`);
    }
  });
}
