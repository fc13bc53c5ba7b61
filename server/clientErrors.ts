/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a request line or headers over 16 KB, a
 * malformed request, a client too slow to send its headers). Fastify's own answer adds a `statusCode`
 * field the documented ErrorBody does not have; this one keeps to the shape every other error has.
 */
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { ErrorBody } from "../model/api.ts";

function answerFor(code: string | undefined): [number, string] {
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return [408, "the request took too long to arrive"];
  if (code === "HPE_HEADER_OVERFLOW") return [431, "the request line or headers exceed 16 KB"];
  return [400, "malformed HTTP request"];
}

export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const [status, message] = answerFor(err.code);
  const body: ErrorBody = { error: STATUS_CODES[status]!, message };
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${body.error}\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(err);
}
