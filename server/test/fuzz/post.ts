/** Sends a generated write: a JSON value or raw bytes, under a given content type (none when empty). */
import { type Answer, send } from "./answers.ts";

export interface Write {
  body: string | Buffer;
  contentType: string;
}

/** `__proto__` as a real JSON key (JSON.stringify drops it from object literals). */
export function serialize(value: unknown, withProto: boolean): string {
  const json = JSON.stringify(value) ?? "null";
  return withProto && json.startsWith("{")
    ? `{"__proto__":{"polluted":true},${json.slice(1)}`.replace(",}", "}")
    : json;
}

export function post(url: string, { body, contentType }: Write): Promise<Answer> {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return send(url, {
    method: "POST",
    headers: contentType ? { "content-type": contentType } : {},
    body: new Uint8Array(bytes),
  });
}

export const describeWrite = (path: string, { body, contentType }: Write) =>
  `POST ${path} [${contentType || "no content type"}] ${String(body).slice(0, 200)}`;
