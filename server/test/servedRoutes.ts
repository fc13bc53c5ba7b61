/**
 * Every route an app serves, read from Fastify's own route tree, so a test that walks them also covers a
 * route added later by anyone, without a list to keep up to date.
 */
import type { FastifyInstance } from "fastify";

export interface ServedRoute {
  method: string;
  url: string;
}

/** Parses `printRoutes({ commonPrefix: false })`: one node a line, children indented 4 under the parent. */
export function servedRoutes(app: FastifyInstance): ServedRoute[] {
  const prefixes: string[] = [];
  const routes: ServedRoute[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const url = (prefixes[depth - 1] ?? "") + match[2]!;
    prefixes[depth] = url;
    prefixes.length = depth + 1;
    for (const method of match[3]?.split(", ") ?? []) routes.push({ method, url });
  }
  return routes;
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
export const writeRoutes = (app: FastifyInstance) => servedRoutes(app).filter((r) => !SAFE.has(r.method));
