/**
 * `npm run bench:load`: the server in-process on the seeded graph (embedded store, extraction pool, an
 * editor injected, write limits raised), then read latency per route (autocannon in its own process)
 * alone and again while a few clients post previews and ingests as fast as the server takes them. The target (issue 12): reads under 20 ms
 * p99 on the seeded graph. Then, with no readers, how long each preview and ingest holds the event loop
 * (server/bench/writeStalls.ts): steadier than a p99 on a shared machine. Prints tables; asserts nothing.
 *   Options: --duration 5 (seconds per measurement) --connections 4 (readers) --writers 3
 *            --stall-rounds 3 (times each of the ten articles is previewed and ingested for the stalls)
 */

import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { generateArticles } from "../../graph-seed/bench/generateArticles.ts";
import { createMemoryStore } from "../../graph-seed/store/memory/index.ts";
import type { GraphPayload } from "../../model/api.ts";
import { createApp } from "../app.ts";
import { createExtractPool } from "../extractPool.ts";
import { seedIfEmpty } from "../seedIfEmpty.ts";
import { measureWriteStalls } from "./writeStalls.ts";

const run = promisify(execFile);

interface Scenario {
  name: string;
  path: string;
}

/** One representative request per route (autocannon's command line repeats one path). */
function scenarios(person: string): Scenario[] {
  const enc = encodeURIComponent;
  return [
    { name: "search", path: `/api/search?q=${enc("بوتين")}&limit=10` },
    { name: "node details", path: `/api/nodes/${enc(person)}` },
    { name: "graph", path: "/api/graph" },
    { name: "timeline", path: `/api/timeline?participant=${enc(person)}&limit=100` },
  ];
}

const AUTOCANNON = resolve("node_modules/autocannon/autocannon.js");

/**
 * The readers run in a process of their own: in this one, the client's parsing of a 91 KB graph answer
 * shared the event loop with the server and doubled the latency it measured.
 */
async function measure(url: string, scenario: Scenario, duration: number, connections: number) {
  const args = [AUTOCANNON, "-j", "-c", String(connections), "-d", String(duration), url + scenario.path];
  const { stdout } = await run(process.execPath, args);
  const result = JSON.parse(stdout) as {
    latency: { p50: number; p99: number };
    requests: { total: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  return {
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Writers posting generated articles, every other one a preview, until stopped. Ten articles, posted
 * again and again (a repeat is extracted and merged, so it costs the same): the graph stays the seeded
 * one plus ten, and the numbers stay comparable from route to route.
 */
const writerArticles = () => generateArticles(10, 7);

function startWriters(url: string, count: number) {
  const articles = writerArticles();
  let next = 0;
  let stopped = false;
  const counts = { previews: 0, ingests: 0, refused: 0 };
  const loop = async () => {
    while (!stopped) {
      const n = next++;
      const dryRun = n % 2 === 0;
      const res = await fetch(`${url}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // Each article in turn as a preview and as an ingest.
        body: JSON.stringify({ text: articles[(n >> 1) % articles.length]!.text, dryRun }),
      });
      await res.arrayBuffer();
      if (res.status >= 300) counts.refused++;
      else if (dryRun) counts.previews++;
      else counts.ingests++;
    }
  };
  const running = Array.from({ length: count }, loop);
  return {
    counts,
    async stop() {
      stopped = true;
      await Promise.all(running);
    },
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "5" },
      connections: { type: "string", default: "4" },
      writers: { type: "string", default: "3" },
      "stall-rounds": { type: "string", default: "3" },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const root = await mkdtemp(join(tmpdir(), "bench-load-"));
  const corpusDir = join(root, "articles");
  await cp(resolve("graph-seed/articles"), corpusDir, { recursive: true });
  const store = createMemoryStore({ snapshotPath: null });
  await store.init();
  await seedIfEmpty(store, corpusDir, { info: () => {}, warn: () => {} });
  const pool = createExtractPool();
  const app = await createApp({
    store,
    corpusDir,
    extract: pool.extract,
    authenticate: () => ({ name: "bench", role: "editor" }),
    writeRateLimits: { articlesPerMinute: 1_000_000, writesPerMinute: 1_000_000 },
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const graph = (await (await fetch(`${url}/api/graph?limit=20000`)).json()) as GraphPayload;
  const person = graph.nodes.find((n) => n.id === "person:vladimir-putin")?.id ?? graph.nodes[0]!.id;
  const seeded = await store.stats();
  console.log(
    `seeded graph: ${seeded.articles} articles, ${graph.nodes.length} nodes, ${graph.edges.length} edges`,
  );

  const rows = [];
  for (const scenario of scenarios(person)) {
    await fetch(url + scenario.path).then((r) => r.arrayBuffer());
    const alone = await measure(url, scenario, duration, connections);
    const writers = startWriters(url, Number(values.writers));
    const loaded = await measure(url, scenario, duration, connections);
    await writers.stop();
    rows.push({
      route: scenario.name,
      "alone p50 ms": alone.p50,
      "alone p99 ms": alone.p99,
      "under writes p50 ms": loaded.p50,
      "under writes p99 ms": loaded.p99,
      "reads (alone/under)": `${alone.requests}/${loaded.requests}`,
      "read errors": alone.errors + loaded.errors,
      "previews/ingests/refused": `${writers.counts.previews}/${writers.counts.ingests}/${writers.counts.refused}`,
    });
  }
  console.table(rows);
  const texts = writerArticles().map((a) => a.text);
  const stalls = await measureWriteStalls(url, texts, Number(values["stall-rounds"]));
  console.log("event loop per write, one at a time, no readers (ms):");
  console.table(stalls);
  const stats = await store.stats();
  console.log(`graph after the run: ${stats.articles} articles`);
  await app.close();
  await pool.close();
  await store.close();
  await rm(root, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
