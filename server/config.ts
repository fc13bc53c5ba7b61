/** The server's settings from the environment, checked once at start. */
import { dirname, join, resolve } from "node:path";
import { type ConsoleLimits, DEFAULT_CONSOLE_LIMITS } from "../model/cypherConsole.ts";
import { LOOPBACK_HOSTS } from "./allowedHosts.ts";

export interface ServerConfig {
  port: number;
  host: string;
  corpusDir: string;
  webDir: string;
  logLevel: string;
  /** Host names the server answers to (DNS-rebinding guard); loopback names unless ALLOWED_HOSTS says. */
  allowedHosts: string[];
  /** The accounts (see `npm run user`); beside the embedded snapshot unless USERS_FILE says otherwise. */
  usersFile: string;
  /** Made once beside the users file when SESSION_SECRET is not set. */
  sessionKeyFile: string;
  sessionSecret: string | undefined;
  /** Believe X-Forwarded-For/-Proto from: nobody (false), any proxy (true), or these addresses/CIDRs. */
  trustProxy: boolean | string[];
  /** Megabytes of read answers kept until the next write (server/readCache.ts); 0 keeps none. */
  readCacheMb: number;
  /** The Cypher console's limits (Neo4j only): CYPHER_TIMEOUT_MS and CYPHER_ROW_LIMIT. */
  cypherConsole: ConsoleLimits;
}

/** ALLOWED_HOSTS adds names (comma-separated, no ports) to the loopback ones; `*` allows any. */
function allowedHosts(env: NodeJS.ProcessEnv): string[] {
  const extra = (env.ALLOWED_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bound = env.HOST && !["0.0.0.0", "::"].includes(env.HOST) ? [env.HOST.toLowerCase()] : [];
  return [...new Set([...LOOPBACK_HOSTS, ...bound, ...extra])];
}

/** The embedded store keeps data/embedded-graph.json by default (graph-seed/store/memory.ts). */
const dataDir = (env: NodeJS.ProcessEnv) => (env.EMBEDDED_SNAPSHOT ? dirname(env.EMBEDDED_SNAPSHOT) : "data");

export function readTrustProxy(value: string | undefined): boolean | string[] {
  const text = (value ?? "").trim();
  if (text === "" || text === "false") return false;
  if (text === "true") return true;
  return text
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    corpusDir: resolve(env.CORPUS_DIR ?? "graph-seed/articles"),
    webDir: resolve(env.WEB_DIR ?? "dist/web"),
    logLevel: env.LOG_LEVEL ?? "info",
    allowedHosts: allowedHosts(env),
    readCacheMb: readCacheMb(env.READ_CACHE_MB),
    cypherConsole: {
      timeoutMs: wholeNumber(
        "CYPHER_TIMEOUT_MS",
        env.CYPHER_TIMEOUT_MS,
        DEFAULT_CONSOLE_LIMITS.timeoutMs,
        60_000,
      ),
      rowLimit: wholeNumber(
        "CYPHER_ROW_LIMIT",
        env.CYPHER_ROW_LIMIT,
        DEFAULT_CONSOLE_LIMITS.rowLimit,
        10_000,
      ),
    },
    ...accountSettings(env),
  };
}

/** READ_CACHE_MB: 32 unless set; 0 turns the cache off (benchmarks measure the store itself). */
function readCacheMb(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 32;
  const mb = Number(value);
  if (!Number.isInteger(mb) || mb < 0 || mb > 100_000) {
    throw new Error(`READ_CACHE_MB must be a whole number of megabytes, got "${value}"`);
  }
  return mb;
}

/** A setting that must be a whole number from 1 to `max`; `fallback` when unset. */
function wholeNumber(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return n;
}

/** Shared with `npm run user`, so the command and the server always agree on the file. */
export function accountSettings(env: NodeJS.ProcessEnv = process.env) {
  const usersFile = resolve(env.USERS_FILE || join(dataDir(env), "users.json"));
  return {
    usersFile,
    sessionKeyFile: join(dirname(usersFile), "session.key"),
    sessionSecret: env.SESSION_SECRET || undefined,
    trustProxy: readTrustProxy(env.TRUST_PROXY),
  };
}
