/** `tsx server/main.ts` as a real process: seeds, serves, prints its URL, stops cleanly on SIGTERM. */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Stats } from "../../model/api.ts";
import { SEED_CORPUS } from "./harness.ts";

let root: string;
let firstStats: Stats | null = null;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "main-test-"));
  await cp(SEED_CORPUS, join(root, "articles"), { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Starts the server and resolves with its URL once it prints it. */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      PORT: "0",
      CORPUS_DIR: join(root, "articles"),
      EMBEDDED_SNAPSHOT: join(root, "graph.json"),
      WEB_DIR: join(root, "no-web-build"),
      LOG_LEVEL: "silent",
      NEO4J_URI: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/at (http:\/\/\S+)/);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

describe("server/main.ts", () => {
  it("seeds an empty store, serves the API and the not-built page, exits 0 on SIGTERM", async () => {
    const { child, url } = await startServer();
    try {
      const stats = (await (await fetch(`${url}/api/stats`)).json()) as Stats;
      expect(stats).toMatchObject({ store: "embedded", articles: 5 });
      firstStats = stats;
      expect(await (await fetch(`${url}/`)).text()).toContain("not built");
    } finally {
      const exited = exitOf(child);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
    expect(existsSync(join(root, "graph.json"))).toBe(true);
  });

  it("restarts from its snapshot with the same graph, without re-reading the corpus", async () => {
    await rm(join(root, "articles"), { recursive: true });
    const { child, url } = await startServer();
    try {
      const stats = (await (await fetch(`${url}/api/stats`)).json()) as Stats;
      expect(firstStats).not.toBeNull();
      expect(stats).toEqual(firstStats);
    } finally {
      const exited = exitOf(child);
      child.kill("SIGINT");
      expect(await exited).toBe(0);
    }
  });
});
