/** `tsx server/main.ts` as a real process: seeds, serves, prints its URL, stops cleanly on SIGTERM. */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
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

/** Starts the server (by default as node would; `viaNpm` as the README does) and resolves with its URL. */
function startServer(viaNpm = false): Promise<{ child: ChildProcess; url: string }> {
  const [command, args] = viaNpm
    ? ["npm", ["run", "--silent", "serve"]]
    : [process.execPath, ["--import", "tsx", "server/main.ts"]];
  const child = spawn(command, args, {
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

  it("stops on a TERM sent to `npm run serve`, which npm passes on to the server", async () => {
    const { child, url } = await startServer(true);
    const exited = exitOf(child);
    child.kill("SIGTERM");
    await exited;
    // npm has exited; the server must not be left listening without it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });

  it("loads at start what the corpus has and the graph lacks, and removes dead writers' temp files", async () => {
    // As a kill between an ingest's file write and its graph write leaves it.
    const articles = join(root, "articles");
    await cp(SEED_CORPUS, articles, { recursive: true });
    await writeFile(
      join(articles, "late.txt"),
      "استقبل الرئيس الكيني وليام روتو في نيروبي اليوم وزير الخارجية الهندي.",
    );
    await writeFile(join(articles, "late.txt.2147483646.m1x.tmp"), "half");
    await writeFile(join(root, "graph.json.2147483646.tmp"), "{ half a snapshot");
    const { child, url } = await startServer();
    try {
      const stats = (await (await fetch(`${url}/api/stats`)).json()) as Stats;
      expect(stats.articles).toBe(6);
      expect((await fetch(`${url}/api/articles/late`)).status).toBe(200);
      expect(existsSync(join(articles, "late.txt.2147483646.m1x.tmp"))).toBe(false);
      expect(existsSync(join(root, "graph.json.2147483646.tmp"))).toBe(false);
    } finally {
      const exited = exitOf(child);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});
