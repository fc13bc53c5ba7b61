/** Security headers on every answer; writes limited per client, reads never. */
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

const harnesses: Harness[] = [];
async function start(options?: Parameters<typeof startHarness>[0]) {
  const h = await startHarness(options);
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  for (const h of harnesses.splice(0)) {
    await h.close();
    await removeHarnessFiles(h);
  }
});

describe("security headers", () => {
  it("are sent on API answers, errors included", async () => {
    const h = await start();
    for (const path of ["/api/stats", "/api/nodes/nobody"]) {
      const res = await fetch(h.url + path);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    }
  });
});

describe("write rate limits", () => {
  it("answer 429 with Retry-After past the limit, per client, and never limit reads", async () => {
    // Two editors, told apart by a header only this test's code reads.
    const authenticate = (request: { headers: Record<string, unknown> }) => ({
      name: String(request.headers["x-test-user"] ?? "ed"),
      role: "editor" as const,
    });
    const h = await start({
      app: { authenticate, writeRateLimits: { articlesPerMinute: 2, writesPerMinute: 100 } },
    });
    const preview = (user: string) =>
      fetch(`${h.url}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-test-user": user },
        body: JSON.stringify({ text: "استقبل الرئيس ضيفه في القصر.", dryRun: true }),
      });
    expect((await preview("ed")).status).toBe(200);
    expect((await preview("ed")).status).toBe(200);
    const res = await preview("ed");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await res.json()) as { message: string }).message).toContain("at most 2 a minute");
    expect((await preview("jo")).status).toBe(200);
    for (let i = 0; i < 20; i++) expect((await h.get("/api/stats")).status).toBe(200);
  });
});
