/** The built web app: precompressed files chosen by Accept-Encoding, hashed assets cached for good. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

let h: Harness;
let web: string;
const JS = `console.log(${JSON.stringify("x".repeat(5000))});`;

beforeAll(async () => {
  web = await mkdtemp(join(tmpdir(), "web-build-"));
  await mkdir(join(web, "assets"));
  await writeFile(join(web, "index.html"), "<!doctype html><title>app</title>");
  await writeFile(join(web, "assets", "index-AbC123.js"), JS);
  await writeFile(join(web, "assets", "index-AbC123.js.br"), brotliCompressSync(JS));
  await writeFile(join(web, "assets", "index-AbC123.js.gz"), gzipSync(JS));
  h = await startHarness({ app: { webDir: web } });
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
  await rm(web, { recursive: true, force: true });
});

/** fetch() decodes bodies and hides the encoding it asked for; plain http shows what was sent. */
function get(path: string, encoding: string) {
  const { port } = new URL(h.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>(
    (resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path, headers: { "accept-encoding": encoding } },
        (res) => {
          let bytes = 0;
          res.on("data", (c: Buffer) => (bytes += c.length));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
        },
      );
      req.on("error", reject);
      req.end();
    },
  );
}

describe("the web app's files", () => {
  it("sends the brotli or gzip copy written at build time, as the client accepts", async () => {
    const br = await get("/assets/index-AbC123.js", "gzip, deflate, br");
    expect([br.status, br.headers["content-encoding"]]).toEqual([200, "br"]);
    expect(br.bytes).toBeLessThan(JS.length / 10);
    const gz = await get("/assets/index-AbC123.js", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const plain = await get("/assets/index-AbC123.js", "identity");
    expect([plain.headers["content-encoding"], plain.bytes]).toEqual([undefined, JS.length]);
  });

  it("lets browsers keep hashed assets for good and asks again for index.html", async () => {
    expect((await get("/assets/index-AbC123.js", "br")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await get("/", "br")).headers["cache-control"]).toBe("no-cache");
    expect((await get("/some/deep/link", "br")).headers["cache-control"]).toBe("no-cache");
  });
});
