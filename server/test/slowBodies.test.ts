/** Request bodies that never finish: a time limit (408) and a cap on how many arrive at once (503). */
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

let h: Harness | null = null;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  if (h) {
    await h.close();
    await removeHarnessFiles(h);
    h = null;
  }
});

/** Sends headers that promise 1,000 bytes and only the first few; resolves with the status line. */
function slowPost(url: string): { socket: Socket; status: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  sockets.push(socket);
  socket.write(
    "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
      'Content-Length: 1000\r\n\r\n{"text": "',
  );
  const status = new Promise<string>((resolve) => {
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString();
      if (data.includes("\r\n")) resolve(data.split("\r\n")[0]!);
    });
    socket.on("close", () => resolve(data.split("\r\n")[0] ?? ""));
  });
  return { socket, status };
}

describe("slow request bodies", () => {
  it("answers 408 when a body does not arrive in time, and reads go on meanwhile", async () => {
    h = await startHarness({ app: { slowBodies: { timeoutMs: 400, maxConcurrent: 4 } } });
    const started = Date.now();
    const { status } = slowPost(h.url);
    expect((await h.get("/api/stats")).status).toBe(200);
    expect(await status).toBe("HTTP/1.1 408 Request Timeout");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a body beyond the cap of uploads at once with 503 and Retry-After", async () => {
    h = await startHarness({ app: { slowBodies: { timeoutMs: 10_000, maxConcurrent: 2 } } });
    const holding = [slowPost(h.url), slowPost(h.url)];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const res = await fetch(`${h.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "نص", dryRun: true }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    for (const { socket } of holding) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await h.post("/api/articles", { text: "استقبل الرئيس ضيفه.", dryRun: true });
    expect(after.status).not.toBe(503);
  });

  it("drains a large body answered before it was read (415), leaving nothing to fail later", async () => {
    h = await startHarness({
      app: {
        authenticate: () => ({ name: "e", role: "editor" }),
        slowBodies: { timeoutMs: 300, maxConcurrent: 4 },
      },
    });
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      const big = JSON.stringify({ text: "وزير. ".repeat(33_000) });
      const refused = await fetch(`${h.url}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: big,
      });
      expect(refused.status).toBe(415);
      await refused.text();
      // The same keep-alive connection must still answer, and the body timer must not fire on nobody.
      const next = await fetch(`${h.url}/api/stats`, { signal: AbortSignal.timeout(2000) });
      expect(next.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(uncaught.map(String)).toEqual([]);
    } finally {
      process.off("uncaughtException", record);
    }
  });
});
