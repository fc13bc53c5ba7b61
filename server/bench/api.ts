/**
 * `npm run bench:api -- --store embedded|neo4j --nodes N`: loads a generated graph (N nodes, about five
 * edges each) into the chosen store through upsert() in slices (batched UNWIND writes on Neo4j), printing
 * elements/s; then starts the real server on that store in a process of its own and runs autocannon
 * against search, node details, neighbours at depth 1 and 2, paths, timeline and both graph views,
 * printing p50/p95/p99 latency and requests/s per route and the server's resident memory.
 *   --store neo4j uses NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and NEO4J_DATABASE) and CLEARS that database.
 *   Options: --nodes 100000 --slice 10000 (elements per upsert) --duration 10 --connections 1 (sequential, as latency is meant) --timeout 30
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { createMemoryStore } from "../../graph-seed/store/memory/index.ts";
import type { GraphStore } from "../../model/store.ts";
import { type Scenario, scenarios } from "./apiScenarios.ts";
import { loadGenerated } from "./loadGenerated.ts";
import { percentile } from "./percentile.ts";
import { type ServerProcess, startServer } from "./serverProcess.ts";

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

const NEO4J_MISSING = `--store neo4j needs a Neo4j 5 server: set NEO4J_URI (e.g. bolt://localhost:7687), NEO4J_USER
and NEO4J_PASSWORD (and NEO4J_DATABASE for another database than the default). The database is CLEARED
before the load: point it at a scratch database.`;

/** Opens the store the server will use, loads the graph into it, and returns the server's environment. */
async function prepare(kind: string, nodes: number, slice: number, dir: string) {
  const log = (line: string) => console.log(line);
  let store: GraphStore;
  let env: NodeJS.ProcessEnv;
  if (kind === "neo4j") {
    if (!process.env.NEO4J_URI) throw new Error(NEO4J_MISSING);
    const { createStoreFromEnv } = await import("../../graph-seed/store/index.ts");
    store = await createStoreFromEnv();
    env = {};
  } else {
    const snapshot = join(dir, "graph.json");
    store = createMemoryStore({ snapshotPath: snapshot });
    env = { NEO4J_URI: "", EMBEDDED_SNAPSHOT: snapshot };
  }
  await store.init();
  await store.clear();
  const started = performance.now();
  // Embedded: one snapshot for the whole load (bulk); Neo4j has no bulk, each slice is its own transaction.
  const load = () => loadGenerated(store, nodes, slice, log);
  const { timings, persons } = await (store.bulk ? store.bulk(load) : load());
  const totalMs = Math.round(performance.now() - started);
  console.log(
    `load (${kind}): ${timings.nodes} nodes + ${timings.edges} edges in ${timings.upsertMs} ms = ` +
      `${timings.elementsPerSecond} elements/s; ties derived in ${timings.tiesMs} ms; ${totalMs} ms in all`,
  );
  const stats = await store.stats();
  console.log(`stored: ${JSON.stringify(stats.nodes)} ${JSON.stringify(stats.edges)}`);
  await store.close();
  return { persons, env: { ...env, CORPUS_DIR: join(dir, "corpus"), USERS_FILE: join(dir, "users.json") } };
}

async function main() {
  const { values } = parseArgs({
    options: {
      store: { type: "string", default: "embedded" },
      nodes: { type: "string", default: "100000" },
      slice: { type: "string", default: "10000" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "1" },
      timeout: { type: "string", default: "30" },
    },
  });
  if (values.store !== "embedded" && values.store !== "neo4j")
    throw new Error("--store is embedded or neo4j");
  const dir = await mkdtemp(join(tmpdir(), "bench-api-"));
  let server: ServerProcess | null = null;
  try {
    const { persons, env } = await prepare(values.store, Number(values.nodes), Number(values.slice), dir);
    const startedAt = performance.now();
    // The read cache off: repeated searches would be answered from it, and this measures the store.
    server = await startServer({ ...env, READ_CACHE_MB: "0" });
    const atStart = await server.memory();
    console.log(
      `server (${values.store}) up in ${Math.round(performance.now() - startedAt)} ms, RSS ${atStart.rssMb} MB`,
    );
    const options = {
      duration: Number(values.duration),
      connections: Number(values.connections),
      timeout: Number(values.timeout),
    };
    const rows = [];
    for (const scenario of scenarios(persons)) {
      // One request first, timed apart: it pays for lazily built indexes (e.g. the path projection).
      console.log(`${scenario.name}: first (cold) request ${await firstRequestMs(server.url, scenario)} ms`);
      rows.push(await run(server.url, scenario, options));
    }
    console.table(rows);
    const after = await server.memory();
    console.log(
      `server RSS: ${atStart.rssMb} MB at start, ${after.rssMb} MB after the runs, peak ${after.peakMb} MB`,
    );
  } finally {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
