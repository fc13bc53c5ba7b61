/** The eval command end to end (spawned, so kept to two cases). */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// tsx straight from node_modules: npx would add its own warnings to stderr.
const run = (...args: string[]) =>
  spawnSync("node_modules/.bin/tsx", ["graph-seed/cli/eval.ts", ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, EVAL_REAL_DIR: "/nonexistent/eval-real" },
  });

describe("npm run eval", () => {
  it("rejects a bad flag with one line on stderr and exit code 1", () => {
    const result = run("--set", "everything");
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      'eval: --set must be one of seeds, dev, heldout, real, all, got "everything"',
    ]);
  });

  it("prints JSON scores for the seeds whose counts add up to the gold", () => {
    const result = run("--set", "seeds", "--json");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.sets.map((s: { set: string }) => s.set)).toEqual(["seeds"]);
    // 17 persons and 14 pairs are annotated in the five seed gold files.
    expect(report.overall.persons.tp + report.overall.persons.fn).toBe(17);
    expect(report.overall.pairs.tp + report.overall.pairs.fn).toBe(14);
    expect(report.overall.persons.f1).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it("skips the real reports with a note when their folder is not there", () => {
    const result = run("--set", "real");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/real: .* is not there .*skipped/);
  }, 60_000);
});
