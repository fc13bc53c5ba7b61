/** Export downloads over HTTP, the OpenAPI document, and the web app fallback. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphPayload, TimelinePayload } from "../../model/api.ts";
import { RESPONSE_SCHEMAS } from "../../model/responseSchemas.ts";
import { ROUTE_DOCS } from "../openapi/routes.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";
import { servedRoutes } from "./servedRoutes.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

const wellFormed = (xml: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc;
};

describe("export", () => {
  it("exports JSON as an attachment matching /api/graph", async () => {
    const res = await fetch(`${h.url}/api/export?format=json&view=people`);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="diplomatic-graph-people.json"',
    );
    const exported = (await res.json()) as GraphPayload;
    const served = (await h.get<GraphPayload>("/api/graph?view=people")).body;
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(served.nodes.map((n) => n.id).sort());
  });

  it("honours filters and says when the limit cut the export", async () => {
    const res = await fetch(`${h.url}/api/export?format=json&limit=2`);
    expect(res.headers.get("x-truncated")).toBe("true");
    const body = (await res.json()) as GraphPayload;
    expect(body.nodes).toHaveLength(2);
    const ids = new Set(body.nodes.map((n) => n.id));
    expect(body.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const full = await fetch(`${h.url}/api/export?format=json`);
    expect(full.headers.get("x-truncated")).toBe("false");
  });

  it("exports well-formed GraphML and GEXF with every node", async () => {
    const graph = (await h.get<GraphPayload>("/api/graph")).body;
    for (const format of ["graphml", "gexf"]) {
      const res = await fetch(`${h.url}/api/export?format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(`application/${format}+xml`);
      expect(res.headers.get("content-disposition")).toContain(`.${format}"`);
      const doc = wellFormed(await res.text());
      expect(doc.getElementsByTagName("node").length).toBe(graph.nodes.length);
      expect(doc.getElementsByTagName("edge").length).toBe(graph.edges.length);
    }
  });

  it("exports CSV nodes and edges files with a header and one row each", async () => {
    const graph = (await h.get<GraphPayload>("/api/graph?kinds=Person,Event")).body;
    const nodes = await (await fetch(`${h.url}/api/export?format=csv-nodes&kinds=Person,Event`)).text();
    const lines = nodes.trimEnd().split("\r\n");
    expect(lines[0]!.startsWith("id,kind,name_ar,name_en")).toBe(true);
    // Names in this corpus hold no newlines, so one line per row.
    expect(lines).toHaveLength(graph.nodes.length + 1);
    const edges = await fetch(`${h.url}/api/export?format=csv-edges&kinds=Person,Event`);
    expect(edges.headers.get("content-disposition")).toContain("-edges.csv");
    const edgeLines = (await edges.text()).trimEnd().split("\r\n");
    expect(edgeLines[0]!.startsWith("id,kind,source,target")).toBe(true);
    expect(edgeLines.length).toBe(graph.edges.length + 1);
  });
});

describe("openapi", () => {
  it("documents every route the app serves", async () => {
    const { body } = await h.get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      "/api/openapi.json",
    );
    expect(body.openapi).toBe("3.1.0");
    // Each documented route is served…
    for (const r of ROUTE_DOCS) {
      const url = r.path.replace(/\{(\w+)\}/g, ":$1");
      expect(h.app.hasRoute({ method: r.method.toUpperCase() as "GET", url }), `${r.method} ${url}`).toBe(
        true,
      );
      expect(body.paths[r.path]?.[r.method]).toBeDefined();
    }
    // …and the app serves no more routes than are documented (HEAD comes with each GET).
    const served = servedRoutes(h.app).filter((r) => r.method !== "HEAD");
    expect(served.length).toBe(ROUTE_DOCS.length);
    expect(Object.keys(body.paths)).toHaveLength(new Set(ROUTE_DOCS.map((r) => r.path)).size);
  });

  it("carries the query parameters from the zod schemas", async () => {
    const { body } = await h.get<{ paths: Record<string, { get: { parameters: { name: string }[] } }> }>(
      "/api/openapi.json",
    );
    const names = body.paths["/api/graph"]!.get.parameters.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["view", "kinds", "from", "to", "minWeight", "ties", "limit"]),
    );
  });

  it("documents the answers from the response schemas: ties, intervals, confidence, inferred steps", async () => {
    type Doc = {
      paths: Record<string, { get: { responses: Record<string, { content?: unknown }> } }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const { body } = await h.get<Doc>("/api/openapi.json");
    const { schemas } = body.components;
    expect(Object.keys(schemas.GraphNode!.properties)).toEqual(
      expect.arrayContaining(["dateFrom", "dateTo", "dateUncertain", "encounter", "confidence", "cues"]),
    );
    expect(Object.keys(schemas.GraphEdge!.properties)).toEqual(
      expect.arrayContaining(["confidence", "inferred", "inferredReason", "dateUncertain"]),
    );
    expect(JSON.stringify(schemas.GraphEdge!.properties.kind)).toContain("SPOKE_WITH");
    expect(Object.keys(schemas.PathStep!.properties)).toEqual([
      "edge",
      "from",
      "to",
      "quote",
      "inferred",
      "reason",
    ]);
    expect(body.paths["/api/graph"]!.get.responses["200"]!.content).toEqual({
      "application/json": { schema: { $ref: "#/components/schemas/GraphPayload" } },
    });
    expect(JSON.stringify(schemas.GraphPayload)).toContain("#/components/schemas/GraphNode");
  });

  it("real answers match the documented schemas exactly", async () => {
    const putin = encodeURIComponent("person:vladimir-putin");
    const assad = encodeURIComponent("person:bashar-al-assad");
    const check = async (name: keyof typeof RESPONSE_SCHEMAS, path: string) => {
      const { status, body } = await h.get(path);
      expect(status, path).toBe(200);
      const parsed = RESPONSE_SCHEMAS[name].safeParse(body);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), path).toEqual([]);
    };
    await check("GraphPayload", "/api/graph");
    await check("GraphPayload", "/api/graph?view=people");
    await check("GraphPayload", "/api/graph?view=people&from=2017&to=2017");
    await check("GraphPayload", "/api/graph?from=2017&to=2017");
    await check("NodeDetails", `/api/nodes/${putin}`);
    const timeline = (await h.get<TimelinePayload>("/api/timeline")).body;
    await check("NodeDetails", `/api/nodes/${encodeURIComponent(timeline.events[0]!.event.id)}`);
    await check("TimelinePayload", "/api/timeline?from=2017&to=2017");
    await check("PathResult", `/api/paths?from=${putin}&to=${assad}&k=3`);
    await check("PathResult", `/api/paths?from=${putin}&to=${assad}&view=people`);
  });
});

describe("web app", () => {
  it("says the web app is not built when there is no build", async () => {
    const res = await fetch(`${h.url}/some/client/route`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("not built");
  });

  it("serves the build with an SPA fallback, keeping /api 404s as JSON", async () => {
    const webDir = await mkdtemp(join(tmpdir(), "web-"));
    await writeFile(join(webDir, "index.html"), "<!doctype html><title>app</title>");
    await writeFile(join(webDir, "app.js"), "console.log(1)");
    const web = await startHarness({ app: { webDir } });
    try {
      expect(await (await fetch(`${web.url}/`)).text()).toContain("<title>app</title>");
      expect(await (await fetch(`${web.url}/app.js`)).text()).toBe("console.log(1)");
      expect(await (await fetch(`${web.url}/graph/person:x`)).text()).toContain("<title>app</title>");
      const api = await fetch(`${web.url}/api/nope`);
      expect(api.status).toBe(404);
      expect(await api.json()).toMatchObject({ error: "Not Found" });
    } finally {
      await web.close();
      await removeHarnessFiles(web);
    }
  });
});
