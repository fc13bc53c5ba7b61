/**
 * `npm run bench:api`: builds a generated graph (≥100,000 nodes) in the embedded store, starts the app on
 * an ephemeral port, and runs autocannon against search, neighbourhood, path and timeline, printing
 * p50/p95/p99 latency and requests/s per route.
 *   Options: --nodes 100000 --duration 10 --connections 10 --timeout 30 (seconds per request)
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { createMemoryStore } from "../../graph-seed/store/memory/index.ts";
import { createApp } from "../app.ts";
import { generateGraph } from "./generateGraph.ts";
import { percentile } from "./percentile.ts";

interface Scenario {
  name: string;
  nextPath: () => string;
}

function scenarios(persons: string[]): Scenario[] {
  let i = 0;
  // Walks through the people in a fixed stride, so every request asks about a different node.
  const person = () => persons[(i++ * 7919) % persons.length]!;
  const enc = encodeURIComponent;
  const words = ["putin", "بوتين", "lavrov", "sisi 12", "وبوتين", "poutine", "assad", "Mekdad 7"];
  return [
    { name: "search", nextPath: () => `/api/search?q=${enc(words[i++ % words.length]!)}&limit=10` },
    { name: "neighbourhood", nextPath: () => `/api/nodes/${enc(person())}/neighbours?depth=2&limit=200` },
    { name: "path", nextPath: () => `/api/paths?from=${enc(person())}&to=${enc(person())}&k=3&maxLength=6` },
    { name: "timeline", nextPath: () => `/api/timeline?participant=${enc(person())}&limit=100` },
  ];
}

interface RunOptions {
  duration: number;
  connections: number;
  timeout: number;
}

async function run(url: string, scenario: Scenario, { duration, connections, timeout }: RunOptions) {
  const latencies: number[] = [];
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        duration,
        connections,
        timeout,
        requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: scenario.nextPath() }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    route: scenario.name,
    "req/s": Math.round(result.requests.average),
    requests: result.requests.total,
    "p50 ms": percentile(latencies, 50),
    "p95 ms": percentile(latencies, 95),
    "p99 ms": percentile(latencies, 99),
    "non-2xx": result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function firstRequestMs(url: string, scenario: Scenario): Promise<number> {
  const started = performance.now();
  const res = await fetch(url + scenario.nextPath());
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${scenario.name}: warm-up request failed with ${res.status}`);
  return Math.round(performance.now() - started);
}

async function main() {
  const { values } = parseArgs({
    options: {
      nodes: { type: "string", default: "100000" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      timeout: { type: "string", default: "30" },
    },
  });
  const nodes = Number(values.nodes);
  const t0 = performance.now();
  const { batch, persons } = generateGraph(nodes);
  const store = createMemoryStore({ snapshotPath: null });
  await store.init();
  await store.upsert(batch);
  await store.refreshDerived();
  const stats = await store.stats();
  const total = Object.values(stats.nodes).reduce((a, b) => a + b, 0);
  const edges = Object.values(stats.edges).reduce((a, b) => a + b, 0);
  console.log(`graph: ${total} nodes, ${edges} edges, built in ${Math.round(performance.now() - t0)} ms`);

  const app = await createApp({ store, corpusDir: await mkdtemp(join(tmpdir(), "bench-corpus-")) });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const rows = [];
  for (const scenario of scenarios(persons)) {
    // One request first, timed apart: it pays for lazily built indexes (e.g. the path projection).
    const cold = await firstRequestMs(url, scenario);
    console.log(`${scenario.name}: first (cold) request ${cold} ms`);
    const options = {
      duration: Number(values.duration),
      connections: Number(values.connections),
      timeout: Number(values.timeout),
    };
    rows.push(await run(url, scenario, options));
  }
  console.table(rows);
  await app.close();
  await store.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
