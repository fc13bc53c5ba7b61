/**
 * Bodies that never finish. A POST that promised more bytes than it sent stayed open for minutes, and
 * fifty of them held 46 MB: a body must arrive within a time limit (408), and only so many may be
 * arriving at once (503 with Retry-After); reads carry no body and are never held up by either.
 */
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { busy, HttpError } from "./errors.ts";

export interface SlowBodyLimits {
  /** How long a request body may take to arrive. */
  timeoutMs: number;
  /** How many bodies may be arriving at the same time. */
  maxConcurrent: number;
}

export const DEFAULT_SLOW_BODY_LIMITS: SlowBodyLimits = { timeoutMs: 30_000, maxConcurrent: 16 };

export function registerSlowBodyLimits(app: FastifyInstance, limits: SlowBodyLimits) {
  let arriving = 0;
  app.addHook("preParsing", async (request, reply, payload) => {
    if (arriving >= limits.maxConcurrent) {
      throw busy("too many uploads at once; try again shortly");
    }
    arriving++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      arriving--;
      clearTimeout(timer);
    };
    // Fastify reads this copy; failing it (not the socket) lets the 408 reach the client.
    const body = new PassThrough();
    const timer = setTimeout(() => {
      const seconds = Math.round(limits.timeoutMs / 1000);
      payload.unpipe(body);
      // The client may still be sending: close the connection once the answer is out.
      reply.header("connection", "close");
      body.destroy(new HttpError(408, "Request Timeout", `the body did not arrive within ${seconds} s`));
      finish();
    }, limits.timeoutMs);
    // An answer sent before the body was read (a 415 for an unknown content type): drain the rest, so the
    // connection is free for the next request, and stop the timer, which would fail a stream nobody reads
    // any more — an uncaught error that stopped the server 30 s after one such POST of a large body.
    reply.raw.once("finish", () => {
      if (done) return;
      payload.unpipe(body);
      payload.resume();
      finish();
    });
    payload.once("end", finish);
    payload.once("close", finish);
    request.raw.once("close", finish);
    payload.pipe(body);
    return body;
  });
}
