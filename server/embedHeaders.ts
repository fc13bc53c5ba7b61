/**
 * The embed page (embed.html) is made to be framed: on it alone, the policy lets any page frame it
 * (frame-ancestors *) and X-Frame-Options goes. Every other page, the explorer included, stays unframeable.
 */
import type { FastifyInstance } from "fastify";

export const EMBED_PATHS = new Set(["/embed.html"]);
export const EMBED_FRAME_ANCESTORS = "frame-ancestors *";

export const isEmbedPath = (url: string) => EMBED_PATHS.has(url.split("?")[0]!);

export function registerEmbedHeaders(app: FastifyInstance) {
  app.addHook("onSend", async (request, reply) => {
    if (!isEmbedPath(request.url)) return;
    const policy = reply.getHeader("content-security-policy");
    if (typeof policy === "string") {
      reply.header("content-security-policy", policy.replace(/frame-ancestors [^;]*/, EMBED_FRAME_ANCESTORS));
    }
    reply.removeHeader("x-frame-options");
  });
}
