/**
 * Security headers on every response, through @fastify/helmet. The policy is the narrowest the app
 * passes (e2e/securityHeaders.spec.ts records any violation): scripts, styles, fonts and data only from
 * this server; images also as data:/blob: URLs (PNG and SVG export); no page may frame the explorer
 * (only the embed page may be framed: server/embedHeaders.ts).
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import { registerEmbedHeaders } from "./embedHeaders.ts";

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // React and Cytoscape set style attributes; no stylesheet comes from elsewhere.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", "blob:"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    // A plain-HTTP server on a laptop must not tell browsers to insist on HTTPS for localhost.
    strictTransportSecurity: false,
    // The API's answers are fetched by the app itself; no other origin needs them.
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
  // Except the embed page, which exists to be framed (issue 13).
  registerEmbedHeaders(app);
}
