/** The server's settings from the environment, checked once at start. */
import { resolve } from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  corpusDir: string;
  webDir: string;
  logLevel: string;
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
  };
}
