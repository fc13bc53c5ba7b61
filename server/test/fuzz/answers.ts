/** What every fuzzed answer must be: in time, never a 5xx, and a 4xx in the documented ErrorBody shape. */
import { expect } from "vitest";

/** No request may take longer; a hang shows up as an abort, not as a stuck test. */
export const ANSWER_BOUND_MS = 10_000;

export interface Answer {
  status: number;
  body: unknown;
  text: string;
}

export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(ANSWER_BOUND_MS) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, body, text };
}

/** Status and body; the request is named so a failure says what was sent. */
export function expectWellFormed(answer: Answer, request: string): void {
  const where = `${request} → ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, where).toBeLessThan(500);
  if (answer.status < 400) return;
  const body = answer.body as Record<string, unknown>;
  expect(typeof body, where).toBe("object");
  expect(typeof body.error, where).toBe("string");
  expect(typeof body.message, where).toBe("string");
  const extra = Object.keys(body).filter((k) => !["error", "message", "issues", "conflicts"].includes(k));
  expect(extra, where).toEqual([]);
  if (body.issues !== undefined) {
    expect(Array.isArray(body.issues), where).toBe(true);
    for (const issue of body.issues as Record<string, unknown>[]) {
      expect(typeof issue.path, where).toBe("string");
      expect(typeof issue.message, where).toBe("string");
    }
  }
}
