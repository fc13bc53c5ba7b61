/** Only the embed page may be framed: frame-ancestors * and no X-Frame-Options there, 'none' and DENY elsewhere. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

let h: Harness;
let webDir: string;
beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), "web-embed-"));
  await writeFile(join(webDir, "index.html"), "<!doctype html><title>app</title>");
  await writeFile(join(webDir, "embed.html"), "<!doctype html><title>embed</title>");
  h = await startHarness({ app: { webDir } });
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
  await rm(webDir, { recursive: true, force: true });
});

describe("framing", () => {
  it("the embed page, with or without a query, may be framed by any page", async () => {
    for (const path of ["/embed.html", "/embed.html?story=story-abcdef&print=1"]) {
      const res = await fetch(h.url + path);
      expect(await res.text()).toContain("<title>embed</title>");
      const csp = res.headers.get("content-security-policy")!;
      expect(csp).toContain("frame-ancestors *");
      expect(csp).not.toContain("frame-ancestors 'none'");
      // The rest of the policy stands.
      expect(csp).toContain("script-src 'self'");
      expect(res.headers.get("x-frame-options")).toBeNull();
    }
  });

  it("the explorer, the API and any other page may not", async () => {
    for (const path of ["/", "/index.html", "/some/route?embed.html", "/api/stories"]) {
      const res = await fetch(h.url + path);
      expect(res.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });
});
