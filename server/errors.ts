/** HTTP errors and the one error handler that turns any failure into an `ErrorBody`, never a stack trace. */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { ZodError } from "zod";
import type { ErrorBody } from "../model/api.ts";
import type { ConflictBody } from "../model/curation.ts";
import { ConsoleError, type ConsoleErrorCode } from "../model/cypherConsole.ts";
import { CurationError, StoreUnavailableError } from "../model/store.ts";
import { CSRF_ERROR, isCsrfError } from "./auth/csrf.ts";

/** An error whose message is safe to show the client. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
    readonly issues?: ErrorBody["issues"],
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = "HttpError";
  }
}

/** A 503 that tells the client when to come back. */
export const busy = (message: string, retryAfterSeconds = 5) =>
  Object.assign(new HttpError(503, "Service Unavailable", message), { retryAfter: retryAfterSeconds });

export const notFound = (what: string) => new HttpError(404, "Not Found", `${what} not found`);

/** Zod issues → a 400 whose message names every bad field. */
export function validationError(where: string, zodError: ZodError): HttpError {
  const issues = zodError.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join(".") : where,
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  return new HttpError(400, "Bad Request", `invalid ${where}: ${summary}`, issues);
}

/** Fastify's own client errors (bad JSON, body too large, wrong content type) carry safe messages. */
const isFastifyClientError = (err: unknown): err is FastifyError =>
  typeof err === "object" &&
  err !== null &&
  typeof (err as FastifyError).code === "string" &&
  (err as FastifyError).code.startsWith("FST_") &&
  typeof (err as FastifyError).statusCode === "number" &&
  (err as FastifyError).statusCode! >= 400 &&
  (err as FastifyError).statusCode! < 500;

const STATUS_NAMES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Payload Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
};

/** Fastify's messages quote the offending URL; a short excerpt is enough to recognise it. */
const MAX_ECHO = 300;
const excerpt = (message: string) =>
  message.length > MAX_ECHO ? `${message.slice(0, MAX_ECHO)}… (${message.length} characters)` : message;

/**
 * A 13 KB URL with 1,800 unknown parameters once drew a 399 KB error: an error says enough to fix the
 * request (the first problems, a message of bounded length), never more than the request itself.
 */
const MAX_ISSUES = 20;
const MAX_MESSAGE = 2000;
const capped = (message: string) =>
  message.length > MAX_MESSAGE
    ? `${message.slice(0, MAX_MESSAGE)}… (${message.length - MAX_MESSAGE} more characters)`
    : message;

export function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof HttpError) {
    const body: ErrorBody = { error: err.error, message: capped(err.message) };
    if (err.issues) body.issues = err.issues.slice(0, MAX_ISSUES);
    return { status: err.statusCode, body };
  }
  if (isCsrfError(err)) return { status: 403, body: { ...CSRF_ERROR } };
  if (err instanceof CurationError) return curationErrorBody(err);
  if (err instanceof ConsoleError) {
    const [status, error] = CONSOLE_STATUS[err.code];
    return { status, body: { error, message: capped(err.message) } };
  }
  if (err instanceof StoreUnavailableError) {
    return {
      status: 503,
      body: { error: "Service Unavailable", message: `graph store unavailable: ${err.message}` },
    };
  }
  if (isFastifyClientError(err)) {
    const status = err.statusCode!;
    return { status, body: { error: STATUS_NAMES[status] ?? "Bad Request", message: excerpt(err.message) } };
  }
  return { status: 500, body: { error: "Internal Server Error", message: "unexpected server error" } };
}

/** A refused console query (documented in docs/neo4j.md): 422 for a timeout, the query was fine but too slow. */
const CONSOLE_STATUS: Record<ConsoleErrorCode, [number, string]> = {
  "not-supported": [409, "Conflict"],
  syntax: [400, "Bad Request"],
  query: [400, "Bad Request"],
  write: [403, "Forbidden"],
  forbidden: [403, "Forbidden"],
  timeout: [422, "Unprocessable Content"],
};

const CURATION_STATUS = {
  "not-found": [404, "Not Found"],
  invalid: [400, "Bad Request"],
  conflict: [409, "Conflict"],
} as const;

/** A refused change; a stale version's 409 carries the current state of each fact. */
function curationErrorBody(err: CurationError): { status: number; body: ConflictBody } {
  const [status, error] = CURATION_STATUS[err.code];
  const body: ConflictBody = { error, message: err.message };
  if (err.conflicts.length > 0) body.conflicts = err.conflicts;
  return { status, body };
}

export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorBody(err);
  const retryAfter = (err as { retryAfter?: unknown })?.retryAfter;
  if (typeof retryAfter === "number") reply.header("retry-after", String(retryAfter));
  // Server faults are logged with the stack; client mistakes only as a short line.
  if (status === 503) request.log.warn({ status }, body.message);
  else if (status >= 500) {
    request.log.error({ err }, body.message);
    // The request id ties a user's report to the logged stack without showing the stack.
    body.message = `${body.message} (request ${request.id})`;
  } else request.log.info({ status, message: body.message }, "request rejected");
  return reply.status(status).send(body);
}
