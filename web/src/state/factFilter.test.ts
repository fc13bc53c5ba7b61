import { describe, expect, it } from "vitest";
import { graphQuery } from "../api/queries.ts";
import { timelineQuery } from "../features/Timeline/timelineQuery.ts";
import { fromSearchParams, toSearchParams } from "./urlState.ts";
import { DEFAULT_VIEW } from "./viewState.ts";

const filters = { view: "people" as const, kinds: [], from: null, to: null, minWeight: 1, topics: [] };

describe("confirmed only / show rejected", () => {
  it("live in the URL, so a shared link keeps them", () => {
    const params = toSearchParams({ ...DEFAULT_VIEW, confirmedOnly: true, showRejected: true });
    expect(params.toString()).toBe("conf=true&rej=true");
    expect(fromSearchParams(params)).toMatchObject({ confirmedOnly: true, showRejected: true });
    expect(fromSearchParams(new URLSearchParams("conf=yes"))).toMatchObject({ confirmedOnly: false });
  });

  it("are sent to the graph and timeline and are part of their query keys", async () => {
    const on = graphQuery({ ...filters, confirmedOnly: true });
    const off = graphQuery(filters);
    expect(on.queryKey).not.toEqual(off.queryKey);
    // Off sends nothing: the request and key are the ones before curation existed.
    expect(off.queryKey).toEqual(
      graphQuery({ ...filters, confirmedOnly: false, includeRejected: false }).queryKey,
    );
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url);
      return new Response("{}", { status: 200 });
    };
    const original = globalThis.fetch;
    globalThis.fetch = fetch as typeof globalThis.fetch;
    try {
      const signal = new AbortController().signal;
      await (on.queryFn as (c: { signal: AbortSignal }) => Promise<unknown>)({ signal });
      const tl = timelineQuery({ participant: null, types: [], from: null, to: null, includeRejected: true });
      await (tl.queryFn as (c: { signal: AbortSignal }) => Promise<unknown>)({ signal });
    } finally {
      globalThis.fetch = original;
    }
    expect(new URL(urls[0]!, "http://x").searchParams.get("confirmedOnly")).toBe("true");
    expect(new URL(urls[1]!, "http://x").searchParams.get("includeRejected")).toBe("true");
  });
});
