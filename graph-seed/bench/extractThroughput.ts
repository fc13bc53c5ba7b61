/** `npm run bench:extract -- --count 3000`: extraction throughput on generated articles. */
import { extractArticle } from "../extract/index.ts";
import { generateArticles } from "./generateArticles.ts";

function countArg(argv: string[]): number {
  const i = argv.indexOf("--count");
  const n = i >= 0 ? Number(argv[i + 1]) : 3000;
  if (!Number.isInteger(n) || n < 1) throw new Error("--count must be a positive integer");
  return n;
}

function main() {
  const count = countArg(process.argv.slice(2));
  const articles = generateArticles(count);
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0);
  extractArticle(articles[0]!.text, { id: "warmup", title: null, published: articles[0]!.published });
  let peak = process.memoryUsage().rss;
  let entities = 0;
  let events = 0;
  const t0 = performance.now();
  // CPU time as well as wall time: on a shared machine the wall clock counts other work too.
  const cpu0 = process.cpuUsage();
  for (const [i, a] of articles.entries()) {
    const ex = extractArticle(a.text, { id: a.id, title: null, published: a.published });
    entities += ex.entities.length;
    events += ex.events.length;
    // Sampled, not read per article: reading RSS showed as 3% of the profile.
    if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    [
      `articles:      ${count} (${(bytes / 1e6).toFixed(2)} MB)`,
      `total time:    ${seconds.toFixed(2)} s`,
      `articles/s:    ${(count / seconds).toFixed(1)}`,
      `CPU time:      ${cpuSeconds.toFixed(2)} s (${(count / cpuSeconds).toFixed(1)} articles per CPU second)`,
      `MB/s:          ${(bytes / 1e6 / seconds).toFixed(3)}`,
      `peak RSS:      ${(peak / 1e6).toFixed(1)} MB`,
      `found:         ${entities} entities, ${events} events`,
    ].join("\n"),
  );
}

try {
  main();
} catch (error) {
  console.error(`bench:extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
