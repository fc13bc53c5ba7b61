/** The server's settings from the environment, checked once at start. */
import { resolve } from "node:path";
import { LOOPBACK_HOSTS } from "./allowedHosts.ts";

export interface ServerConfig {
  port: number;
  host: string;
  corpusDir: string;
  webDir: string;
  logLevel: string;
  /** Host names the server answers to (DNS-rebinding guard); loopback names unless ALLOWED_HOSTS says. */
  allowedHosts: string[];
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
  };
}
