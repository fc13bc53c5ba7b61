/**
 * What the server refuses before any route sees a request: query strings with broken percent-encoding
 * (Fastify's parser decodes them leniently, so `?q=%E0%A4%A` searched for garbage and answered 200),
 * bodies in another charset or compressed (read as UTF-8 they became mojibake), and JSON that is not
 * valid UTF-8 (decoded with U+FFFD in place of the bad bytes, then stored).
 */
import querystring from "node:querystring";
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.ts";

const MALFORMED = Symbol("malformed query");

/** Fastify's `querystringParser`: it cannot throw (it runs inside routing), so it marks the result. */
export function strictQuerystring(query: string): Record<string | symbol, unknown> {
  let malformed = false;
  const strict = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      malformed = true;
      return s;
    }
  };
  const parsed: Record<string | symbol, unknown> = {
    ...querystring.parse(query, "&", "=", { decodeURIComponent: strict }),
  };
  if (malformed) parsed[MALFORMED] = true;
  return parsed;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function parseJsonBody(body: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new HttpError(400, "Bad Request", "body is not valid UTF-8");
  }
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, "Bad Request", `body is not valid JSON: ${(err as Error).message}`);
  }
}

const unsupported = (message: string) => new HttpError(415, "Unsupported Media Type", message);

export function registerStrictInput(app: FastifyInstance) {
  app.addHook("onRequest", async (request) => {
    if ((request.query as Record<symbol, unknown>)[MALFORMED]) {
      throw new HttpError(400, "Bad Request", "the query string has malformed percent-encoding");
    }
    const encoding = request.headers["content-encoding"];
    if (encoding && encoding.toLowerCase() !== "identity") {
      throw unsupported(`Content-Encoding ${encoding} is not accepted; send the body uncompressed`);
    }
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(request.headers["content-type"] ?? "")?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) {
      throw unsupported(`charset ${charset} is not accepted; send UTF-8`);
    }
  });
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}
