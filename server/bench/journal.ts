/**
 * `npx tsx server/bench/journal.ts [count]`: the embedded corrections journal's write latency. Appends
 * `count` real-sized audit entries one at a time (each write + fdatasync, as a curation write does before
 * it is acknowledged) and prints p50/p95/p99/max; then the same through the store (plan + apply + journal
 * + snapshot) on the seed corpus, which is what an editor waits for.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMemoryStore } from "../../graph-seed/store/memory/index.ts";
import { Journal } from "../../graph-seed/store/memory/journal.ts";
import type { AuditEntry } from "../../model/curation.ts";
import { seedIfEmpty } from "../seedIfEmpty.ts";
import { percentile } from "./percentile.ts";

const count = Number(process.argv[2] ?? 500);

const summary = (label: string, ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  console.log(
    `${label}: n=${ms.length} p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${percentile(sorted, 100)} ms`,
  );
};

async function appendOnly(dir: string, template: AuditEntry) {
  const journal = new Journal(join(dir, "bench.corrections.jsonl"));
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await journal.append([{ ...template, id: `c-bench-${i}` }]);
    times.push(performance.now() - started);
  }
  await journal.close();
  summary("journal append + fdatasync", times);
}

async function throughStore(dir: string): Promise<AuditEntry> {
  const store = createMemoryStore({ snapshotPath: join(dir, "graph.json") });
  await store.init();
  await seedIfEmpty(store, "graph-seed/articles", { info: () => {}, warn: () => {} });
  const queue = await store.curation.reviewQueue({ limit: Math.min(count, 200), offset: 0 });
  const times: number[] = [];
  let last: AuditEntry | null = null;
  for (const item of queue.items) {
    const started = performance.now();
    const result = await store.curation.apply(
      { action: "set-status", target: { kind: "event", id: item.event.id }, status: "confirmed", version: 0 },
      { name: "bench" },
    );
    times.push(performance.now() - started);
    last = result.entries[0]!;
  }
  summary("store confirm (plan + apply + journal + snapshot)", times);
  await store.close();
  return last!;
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "journal-bench-"));
  try {
    const template = await throughStore(dir);
    await appendOnly(dir, template);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
