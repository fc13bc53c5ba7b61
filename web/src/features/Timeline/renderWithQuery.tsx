/** Test helper: render a feature inside a fresh QueryClient, with fetch answered by a route table. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { vi } from "vitest";

export type Routes = Record<string, (url: URL, init?: RequestInit) => { status?: number; body: unknown }>;

/** Stubs global fetch: the first route whose key the request path starts with answers. */
export function stubFetch(routes: Routes) {
  const calls: { url: URL; init?: RequestInit }[] = [];
  vi.stubGlobal("fetch", async (input: string, init?: RequestInit) => {
    const url = new URL(input, "http://localhost");
    calls.push({ url, init });
    const key = Object.keys(routes).find((k) => url.pathname.startsWith(k));
    if (!key)
      return new Response(JSON.stringify({ error: "NotFound", message: "no route" }), { status: 404 });
    const { status = 200, body } = routes[key]!(url, init);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  return calls;
}

export function renderWithQuery(ui: ReactElement) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}
