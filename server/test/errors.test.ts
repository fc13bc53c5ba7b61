/** Bad input and failing stores: 400/404/413/415/503/500 with an ErrorBody and never a stack trace. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../model/api.ts";
import { type GraphStore, StoreUnavailableError } from "../../model/store.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  // An editor (through the test seam), so bad ingest bodies reach validation rather than the guard.
  h = await startHarness({ app: { authenticate: () => ({ name: "test-editor", role: "editor" }) } });
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

describe("validation", () => {
  it.each([
    ["/api/graph?limit=0", "limit"],
    ["/api/graph?view=sideways", "view"],
    ["/api/graph?kinds=Person,Unicorn", "kinds"],
    ["/api/graph?from=11-12-2017", "from"],
    ["/api/search", "q"],
    ["/api/search?q=%20%20", "q"],
    ["/api/nodes/person%3Avladimir-putin/neighbours?depth=4", "depth"],
    ["/api/paths?from=person%3Avladimir-putin", "to"],
    ["/api/timeline?types=Party", "types"],
    ["/api/timeline?includePlanned=perhaps", "includePlanned"],
    ["/api/export?format=pdf", "format"],
    // Dates that match YYYY-MM-DD but are not on the calendar.
    ["/api/graph?from=2021-02-30", "from"],
    ["/api/graph?to=2021-13", "to"],
    ["/api/timeline?from=2021-00-10", "from"],
    ["/api/export?format=json&to=2021-02-29", "to"],
    // A range that can only match nothing.
    ["/api/graph?from=2018&to=2017-12-31", "from"],
    ["/api/timeline?from=2019-03&to=2019-02-28", "from"],
    ["/api/export?format=csv-nodes&from=2021&to=2020", "from"],
    // Numbers: digits only, not whatever Number() accepts.
    ["/api/graph?limit=0x10", "limit"],
    ["/api/graph?minWeight=1e2", "minWeight"],
    ["/api/search?q=putin&limit=%201", "limit"],
    ["/api/paths?from=person%3Avladimir-putin&to=person%3Avladimir-putin&k=", "k"],
    // Unknown and repeated parameters.
    ["/api/graph?kind=Person", "kind"],
    ["/api/timeline?participants=person%3Avladimir-putin", "participants"],
    ["/api/graph?kinds=Person&kinds=Event", "kinds"],
    ["/api/search?q=putin&q=sisi", "q"],
    ["/api/nodes/person%3Avladimir-putin/neighbours?depth=1&depth=2", "depth"],
    ["/api/export?format=json&format=gexf", "format"],
  ])("%s → 400 naming %s", async (path, field) => {
    const { status, body } = await h.get<ErrorBody>(path);
    expect(status).toBe(400);
    expect(body.error).toBe("Bad Request");
    // List fields name the bad item too, e.g. `kinds.1`.
    expect(body.issues?.some((i) => i.path === field || i.path.startsWith(`${field}.`))).toBe(true);
    expect(body.message).toContain(field);
  });
});

describe("accepted edge cases", () => {
  it.each([
    "/api/graph?from=2020-02-29",
    "/api/graph?from=2017-12-05&to=2017-12",
    "/api/graph?from=2017&to=2017",
    "/api/timeline?from=2017-12&to=2017-12",
  ])("%s → 200", async (path) => {
    expect((await h.get(path)).status).toBe(200);
  });
});

describe("malformed URLs", () => {
  it.each(["/api/nodes/%", "/api/nodes/%zz", "/api/articles/%E0%A4%A"])(
    "%s → 400 with a plain ErrorBody",
    async (path) => {
      const { status, body } = await h.get<Record<string, unknown>>(path);
      expect(status).toBe(400);
      // Fastify's own answer added `code` and `statusCode`; every error has the same two fields here.
      expect(Object.keys(body).sort()).toEqual(["error", "message"]);
      expect(body.error).toBe("Bad Request");
    },
  );

  it("answers an over-long id with a 400 from its schema, not a 414 quoting the whole URL", async () => {
    const { status, body } = await h.get<ErrorBody>(`/api/nodes/${"x".repeat(2500)}`);
    expect(status).toBe(400);
    expect(body.issues?.map((i) => i.path)).toEqual(["id"]);
    expect(body.message.length).toBeLessThan(500);
  });
});

describe("strict input", () => {
  it.each([
    "/api/articles?x=1",
    "/api/stats?verbose=1",
    "/api/health?x",
    "/api/nodes/person%3Avladimir-putin?x=1",
  ])("%s: a route without parameters refuses one with 400", async (path) => {
    const { status, body } = await h.get<ErrorBody>(path);
    expect([status, body.message]).toEqual([400, expect.stringContaining("unknown parameter")]);
  });

  it("refuses malformed percent-encoding in a query instead of searching for garbage", async () => {
    const { status, body } = await h.get<ErrorBody>("/api/search?q=%E0%A4%A");
    expect([status, body.message]).toEqual([400, expect.stringContaining("percent-encoding")]);
    expect((await h.get("/api/search?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86")).status).toBe(200);
  });

  const post = (body: BodyInit, headers: Record<string, string>) =>
    fetch(`${h.url}/api/articles`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    });

  it("refuses a body in another charset or compressed with 415, and bytes that are not UTF-8 with 400", async () => {
    const json = JSON.stringify({ text: "نص", dryRun: true });
    const utf16 = await post(Buffer.from(json, "utf16le"), {
      "content-type": "application/json; charset=utf-16",
    });
    expect(utf16.status).toBe(415);
    const gzip = await post(json, { "content-encoding": "gzip" });
    expect(gzip.status).toBe(415);
    const bad = await post(Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), {});
    expect([bad.status, ((await bad.json()) as ErrorBody).message]).toEqual([400, "body is not valid UTF-8"]);
    const fine = await post(json, { "content-type": "application/json; charset=UTF-8" });
    expect(fine.status).toBe(200);
  });
});

describe("error bodies stay small", () => {
  it("1,800 unknown parameters get a 400 naming the first few, not one line each", async () => {
    const query = Array.from({ length: 1800 }, (_, i) => `p${i}=1`).join("&");
    const res = await h.get<ErrorBody>(`/api/graph?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.issues).toHaveLength(20);
    // Never more than a fraction of the request that drew it.
    expect(JSON.stringify(res.body).length).toBeLessThan(query.length / 2);
  });
});

describe("unknown ids and routes", () => {
  it.each([
    "/api/nodes/person%3Anobody",
    "/api/nodes/person%3Anobody/neighbours",
    "/api/articles/no-such-article",
    "/api/paths?from=person%3Anobody&to=person%3Avladimir-putin",
    "/api/timeline?participant=person%3Anobody",
    "/api/no-such-route",
  ])("%s → 404", async (path) => {
    const { status, body } = await h.get<ErrorBody>(path);
    expect(status).toBe(404);
    expect(body.error).toBe("Not Found");
    expect(body.message.length).toBeGreaterThan(0);
  });
});

describe("malformed bodies", () => {
  it("rejects invalid JSON with 400", async () => {
    const { status, body } = await h.post<ErrorBody>("/api/articles", "{ not json");
    expect(status).toBe(400);
    expect(body.message).toMatch(/JSON/i);
  });

  it("rejects a body over 1 MB with 413", async () => {
    const { status, body } = await h.post<ErrorBody>("/api/articles", { text: "ب".repeat(600_000) });
    expect(status).toBe(413);
    expect(body.error).toBe("Payload Too Large");
  });

  it("rejects a missing text with 400 naming the field", async () => {
    const { status, body } = await h.post<ErrorBody>("/api/articles", { title: "x" });
    expect(status).toBe(400);
    expect(body.issues?.map((i) => i.path)).toContain("text");
  });

  it("rejects a text of only whitespace with 400", async () => {
    const { status, body } = await h.post<ErrorBody>("/api/articles", { text: " \n\t " });
    expect(status).toBe(400);
    expect(body.message).toContain("text");
  });

  it("rejects a published date in the wrong format with 400", async () => {
    const { status, body } = await h.post<ErrorBody>("/api/articles", { text: "نص", published: "20/3/2023" });
    expect(status).toBe(400);
    expect(body.issues?.map((i) => i.path)).toEqual(["published"]);
  });

  it("rejects a non-JSON content type with 415", async () => {
    const res = await fetch(`${h.url}/api/articles`, {
      method: "POST",
      body: "text",
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(415);
  });
});

/**
 * Wraps a store so that every call but `kind` fails with the given error. It has no `revision`, like a
 * store that cannot tell when its data changed, so no answer is served from the read cache.
 */
function failingStore(store: GraphStore, error: () => Error): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === "revision") return undefined;
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return async () => {
        throw error();
      };
    },
  });
}

describe("store failures", () => {
  it("answers 503 with a message while the store is unreachable", async () => {
    const down = await startHarness({
      store: (s) => failingStore(s, () => new StoreUnavailableError("connection refused")),
    });
    try {
      const health = await down.get<{ ok: boolean; message: string }>("/api/health");
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ ok: false, message: "connection refused" });
      const stats = await down.get<ErrorBody>("/api/stats");
      expect(stats.status).toBe(503);
      expect(stats.body.message).toContain("connection refused");
    } finally {
      await down.close();
      await removeHarnessFiles(down);
    }
  });

  it("answers 500 with a generic message, hiding the error and its stack", async () => {
    const broken = await startHarness({
      store: (s) => failingStore(s, () => new Error("secret internal detail at /srv/x.ts:12")),
    });
    try {
      const res = await fetch(`${broken.url}/api/graph`);
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toEqual({
        error: "Internal Server Error",
        message: expect.stringMatching(/^unexpected server error \(request req-\w+\)$/),
      });
      expect(text).not.toContain("secret");
    } finally {
      await broken.close();
      await removeHarnessFiles(broken);
    }
  });
});
