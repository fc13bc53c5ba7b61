/** Serves the built web app (dist/web) with an SPA fallback; unknown /api paths stay JSON 404s. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Web app not built</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>The web app is not built yet</h1>
<p>The API is running under <a href="/api/health">/api</a>
(<a href="/api/openapi.json">OpenAPI document</a>).</p>
<p>Build the web app with <code>npm run build</code> (or start everything with <code>npm start</code>).</p>
</body></html>`;

/**
 * Files under assets/ carry a hash of their content in their name, so a browser may keep them for
 * good; index.html names the current ones and must be asked for again every time.
 */
export const cacheControl = (path: string) =>
  /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache";

export async function registerWebApp(app: FastifyInstance, webDir: string | null) {
  const built = webDir !== null && existsSync(join(webDir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      // Brotli or gzip written at build time (web/build/precompress.ts), chosen by Accept-Encoding.
      preCompressed: true,
      setHeaders: (reply, path) => reply.header("cache-control", cacheControl(path)),
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0]!;
    if (path === "/api" || path.startsWith("/api/") || !["GET", "HEAD"].includes(request.method)) {
      return reply.status(404).send({ error: "Not Found", message: `no route ${request.method} ${path}` });
    }
    if (built)
      return reply
        .header("cache-control", "no-cache")
        .type("text/html; charset=utf-8")
        .sendFile("index.html");
    return reply.type("text/html; charset=utf-8").send(NOT_BUILT_PAGE);
  });
}
