/**
 * `npm run seed [-- --reset]`: extracts the corpus (CORPUS_DIR, default graph-seed/articles) and loads it
 * into the configured store (Neo4j when NEO4J_URI is set, the embedded snapshot otherwise), then prints
 * what was read, what was skipped and why, and the graph's counts by kind.
 */
import { readCorpus } from "../corpus/readCorpus.ts";
import { type LoadReport, loadArticles } from "../load/load.ts";
import { createStoreFromEnv } from "../store/index.ts";

const DEFAULT_CORPUS = "graph-seed/articles";

function printReport(
  corpusDir: string,
  storeKind: string,
  report: LoadReport,
  fileSkips: { file: string; reason: string }[],
) {
  const lines = [
    `Seeded the ${storeKind} store from ${corpusDir} in ${report.ms} ms`,
    `  articles read: ${report.read}`,
  ];
  const skips = [
    ...fileSkips.map((s) => `${s.file}: ${s.reason}`),
    ...report.skipped.map((s) => `${s.id}: ${s.reason}`),
  ];
  lines.push(`  skipped: ${skips.length}`, ...skips.map((s) => `    - ${s}`));
  const { applied, orphaned } = report.corrections;
  lines.push(`  corrections re-applied: ${applied}`, `  corrections orphaned: ${orphaned.length}`);
  lines.push(...orphaned.map((o) => `    - ${o.entry.id} (${o.entry.action} by ${o.entry.by}): ${o.reason}`));
  lines.push("  nodes:", ...Object.entries(report.nodesByKind).map(([k, n]) => `    ${k.padEnd(16)} ${n}`));
  lines.push(
    "  relationships:",
    ...Object.entries(report.edgesByKind).map(([k, n]) => `    ${k.padEnd(16)} ${n}`),
  );
  console.log(lines.join("\n"));
}

async function main() {
  const corpusDir = process.env.CORPUS_DIR ?? DEFAULT_CORPUS;
  const reset = process.argv.slice(2).includes("--reset");
  const corpus = await readCorpus(corpusDir).catch((error: Error) => {
    throw new Error(`cannot read the corpus folder ${corpusDir}: ${error.message}`);
  });
  const store = await createStoreFromEnv();
  try {
    await store.init();
    if (reset) await store.clear();
    const report = await loadArticles(store, corpus.articles);
    printReport(corpusDir, store.kind, report, corpus.skipped);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
