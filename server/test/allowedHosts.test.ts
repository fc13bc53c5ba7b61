/** DNS rebinding: only the names the server is known by get answers; writes from other origins are refused. */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ app: { allowedHosts: ["localhost", "127.0.0.1", "[::1]", "graph.example.org"] } });
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

/** fetch() will not let a test set Host, so the request is made by hand. */
function send(method: string, path: string, headers: Record<string, string>, body?: string) {
  const { port } = new URL(h.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const article = JSON.stringify({ text: "استقبل الرئيس ضيفه.", dryRun: true });
const json = { "content-type": "application/json" };

describe("allowed hosts", () => {
  it.each(["127.0.0.1:4000", "localhost", "[::1]:80", "Graph.Example.org"])(
    "Host %s is answered",
    async (host) => {
      expect((await send("GET", "/api/stats", { host })).status).toBe(200);
    },
  );

  it.each(["attacker.example", "127.0.0.1.attacker.example", "localhost.evil:80"])(
    "Host %s gets 403 with the setting to change",
    async (host) => {
      const res = await send("GET", "/api/stats", { host });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).message).toContain("ALLOWED_HOSTS");
    },
  );

  it("refuses a write from another site's page, even with the right Host", async () => {
    const res = await send(
      "POST",
      "/api/articles",
      { host: "127.0.0.1", origin: "http://attacker.example", ...json },
      article,
    );
    expect(res.status).toBe(403);
    const opaque = await send(
      "POST",
      "/api/articles",
      { host: "127.0.0.1", origin: "null", ...json },
      article,
    );
    expect(opaque.status).toBe(403);
    const own = await send(
      "POST",
      "/api/articles",
      { host: "localhost:8080", origin: "http://localhost:8080", ...json },
      article,
    );
    expect(own.status).not.toBe(403);
  });
});
