/** Builds the HTTP app (not started): API routes, validation, error mapping, the web app. */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { extractArticle } from "../graph-seed/extract/index.ts";
import { toBatch } from "../graph-seed/load/toBatch.ts";
import { type ConsoleLimits, DEFAULT_CONSOLE_LIMITS } from "../model/cypherConsole.ts";
import type { GraphStore } from "../model/store.ts";
import { LOOPBACK_HOSTS, registerAllowedHosts } from "./allowedHosts.ts";
import { type Accounts, registerAuth } from "./auth/accounts.ts";
import type { Authenticate } from "./auth/guard.ts";
import { clientErrorHandler } from "./clientErrors.ts";
import { errorHandler } from "./errors.ts";
import { createIngestor, type Extract, type ToBatch } from "./ingest.ts";
import { type ReadCacheLimits, registerReadCache } from "./readCache.ts";
import { registerArticleRoutes } from "./routes/articles.ts";
import { registerAuditRoutes } from "./routes/audit.ts";
import type { RouteContext } from "./routes/context.ts";
import { registerCypherRoutes } from "./routes/cypher.ts";
import { registerEntityRoutes } from "./routes/entities.ts";
import { registerEventRoutes } from "./routes/events.ts";
import { registerExportRoutes } from "./routes/export.ts";
import { registerGraphRoutes } from "./routes/graph.ts";
import { registerHealthRoutes } from "./routes/health.ts";
import { registerNodeRoutes } from "./routes/nodes.ts";
import { registerOpenApiRoute } from "./routes/openapi.ts";
import { registerPathRoutes } from "./routes/paths.ts";
import { registerQuestionRoutes } from "./routes/questions.ts";
import { registerReviewRoutes } from "./routes/review.ts";
import { registerSearchRoutes } from "./routes/search.ts";
import { registerSessionRoutes } from "./routes/session.ts";
import { registerStoryRoutes } from "./routes/stories.ts";
import { registerTimelineRoutes } from "./routes/timeline.ts";
import { registerUserRoutes } from "./routes/users.ts";
import { registerSecurityHeaders } from "./securityHeaders.ts";
import { DEFAULT_SLOW_BODY_LIMITS, registerSlowBodyLimits, type SlowBodyLimits } from "./slowBodies.ts";
import { registerWebApp } from "./static.ts";
import { registerStrictInput, strictQuerystring } from "./strictInput.ts";
import {
  DEFAULT_WRITE_RATE_LIMITS,
  registerWriteRateLimits,
  type WriteRateLimits,
} from "./writeRateLimits.ts";

/** Ingest bodies are capped at 1 MB; larger requests get a 413. */
export const BODY_LIMIT = 1024 * 1024;

/**
 * Fastify's default of 100 characters per path parameter turned real event ids (which name every
 * participant) into 414s. Node's HTTP parser already caps the request line at 16 KB, so let any parameter
 * that fits through and leave the real length check to the route's schema.
 */
const MAX_PARAM_LENGTH = 16 * 1024;

export interface AppOptions {
  store: GraphStore;
  /** Where ingested articles are written so they survive a restart. */
  corpusDir: string;
  /** Pino options or instance; false (the default) keeps tests quiet. */
  logger?: boolean | FastifyBaseLogger | { level: string };
  /** The built web app; null or missing serves a "not built" page instead. */
  webDir?: string | null;
  /** Replaceable for tests (e.g. an extractor that fails). */
  extract?: Extract;
  toBatch?: ToBatch;
  /** Host names the server answers to; loopback names by default, "*" for any. */
  allowedHosts?: readonly string[];
  /** Writes per client per minute (tests change them). */
  writeRateLimits?: WriteRateLimits;
  /** Time limit and concurrency cap for request bodies (tests shorten them). */
  slowBodies?: SlowBodyLimits;
  /** Accounts with cookie sessions (main.ts). Without them, and without `authenticate`, the server is read-only. */
  accounts?: Accounts;
  /**
   * Tests only: recognises the user behind each request in code, instead of a session (so no CSRF token
   * applies). main.ts never passes it, so no request can choose this path.
   */
  authenticate?: Authenticate;
  /** Fastify's trustProxy: whom to believe about the client's address and HTTPS (X-Forwarded-*). */
  trustProxy?: boolean | string[];
  /** Size of the read cache (server/readCache.ts); null keeps nothing. Default 32 MB. */
  readCache?: ReadCacheLimits | null;
  /** The Cypher console's timeout and row limit (Neo4j only); DEFAULT_CONSOLE_LIMITS when missing. */
  cypherConsole?: ConsoleLimits;
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH, querystringParser: strictQuerystring },
    trustProxy: options.trustProxy ?? false,
    // Bad percent-encoding in a path would otherwise get Fastify's own body, not an ErrorBody.
    frameworkErrors: errorHandler,
    clientErrorHandler,
    ...(typeof options.logger === "object" && "info" in options.logger
      ? { loggerInstance: options.logger }
      : { logger: options.logger ?? false }),
  });
  app.setErrorHandler(errorHandler);
  // The API takes JSON only: other bodies get a 415 rather than reaching a route as a bare string.
  app.removeContentTypeParser("text/plain");
  registerAllowedHosts(app, options.allowedHosts ?? LOOPBACK_HOSTS);
  registerStrictInput(app);
  registerSlowBodyLimits(app, options.slowBodies ?? DEFAULT_SLOW_BODY_LIMITS);
  await registerSecurityHeaders(app);
  await registerWriteRateLimits(app, options.writeRateLimits ?? DEFAULT_WRITE_RATE_LIMITS);
  app.decorateRequest("user", null);
  const auth = await registerAuth(app, options);
  registerReadCache(app, options.store, options.readCache);

  const ingestor = createIngestor({
    store: options.store,
    corpusDir: options.corpusDir,
    extract: options.extract ?? extractArticle,
    toBatch: options.toBatch ?? toBatch,
  });
  const context: RouteContext = {
    store: options.store,
    ingestor,
    consoleLimits: options.cypherConsole ?? DEFAULT_CONSOLE_LIMITS,
  };
  for (const register of [
    registerHealthRoutes,
    registerGraphRoutes,
    registerSearchRoutes,
    registerNodeRoutes,
    registerPathRoutes,
    registerTimelineRoutes,
    registerArticleRoutes,
    registerExportRoutes,
    registerReviewRoutes,
    registerEventRoutes,
    registerEntityRoutes,
    registerAuditRoutes,
    registerQuestionRoutes,
    registerStoryRoutes,
    registerCypherRoutes,
  ]) {
    register(app, context);
  }
  registerSessionRoutes(app, auth);
  registerUserRoutes(app, auth);
  registerOpenApiRoute(app);
  await registerWebApp(app, options.webDir ?? null);
  return app;
}
