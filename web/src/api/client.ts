/** The one place the web app talks HTTP: JSON in, JSON out, API errors turned into ApiError. */
import type { ErrorBody } from "../../../model/api.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The error body as sent (a 409 carries the conflicting facts' current state). */
    readonly body: ErrorBody | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Params = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** Builds `/api/<path>?…`, dropping empty values and joining lists with commas. */
export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(","));
    } else search.set(key, String(value));
  }
  const query = search.toString();
  return `/api/${path.replace(/^\//, "")}${query ? `?${query}` : ""}`;
}

/** The signed-in session's CSRF token, sent on every write (see api/session.ts). */
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

const isWrite = (method: string | undefined) => !!method && !["GET", "HEAD"].includes(method.toUpperCase());

export async function fetchJson<T>(url: string, init?: RequestInit & { signal?: AbortSignal }): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: {
      accept: "application/json",
      ...(init?.body ? { "content-type": "application/json" } : {}),
      ...(isWrite(init?.method) && csrfToken ? { "x-csrf-token": csrfToken } : {}),
    },
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ErrorBody | null;
    throw new ApiError(res.status, body?.message ?? `${res.status} ${res.statusText}`, body);
  }
  return (await res.json()) as T;
}
