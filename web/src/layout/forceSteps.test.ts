import { describe, expect, it } from "vitest";
import { generateGraph } from "../../bench/generateGraph.ts";
import { batchSize, iterationsFor, type LayoutJob } from "./forceJob.ts";
import { forceSteps } from "./forceSteps.ts";
import { seededPositions } from "./seededPositions.ts";

function jobOf(elements: number, pinned: number[] = [], iterations = 30): LayoutJob {
  const g = generateGraph(elements);
  const ids = g.nodes.map((n) => n.id as string).sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = new Uint32Array(g.edges.flatMap((e) => [index.get(e.source)!, index.get(e.target)!]));
  const fixed = new Uint8Array(ids.length);
  for (const i of pinned) fixed[i] = 1;
  return { ids, edges, positions: seededPositions(ids), fixed, iterations };
}

const run = (job: LayoutJob) => [...forceSteps({ ...job, positions: job.positions.slice() })];

describe("seeded starting positions", () => {
  it("depend on the id and seed only, not on the order of the list", () => {
    const a = seededPositions(["x", "y", "z"]);
    const b = seededPositions(["z", "x", "y"]);
    expect([b[2], b[3]]).toEqual([a[0], a[1]]);
    expect(seededPositions(["x"], 2)).not.toEqual(seededPositions(["x"], 1));
  });
});

describe("the force layout in steps", () => {
  it("is deterministic: the same job gives the same positions", () => {
    const job = jobOf(600);
    expect(run(job).at(-1)!.positions).toEqual(run(job).at(-1)!.positions);
  });

  it("reports progress batch by batch up to the total and moves the nodes", () => {
    const job = jobOf(600, [], 300);
    const steps = run(job);
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.map((s) => s.done)).toEqual([...steps.map((s) => s.done)].sort((a, b) => a - b));
    expect(steps.at(-1)!.done).toBe(job.iterations);
    expect(steps.at(-1)!.positions).not.toEqual(job.positions);
  });

  it("leaves pinned nodes where they are", () => {
    const job = jobOf(600, [0, 5]);
    const end = run(job).at(-1)!.positions;
    for (const i of [0, 5])
      expect([end[2 * i], end[2 * i + 1]]).toEqual([job.positions[2 * i], job.positions[2 * i + 1]]);
  });

  it("has settled by its iteration count on a graph drawn whole: 500 iterations move little more", () => {
    const short = jobOf(1000, [], iterationsFor(262, false));
    expect(short.ids).toHaveLength(262);
    const settled = run(short).at(-1)!.positions;
    const longer = run({ ...short, iterations: 500 }).at(-1)!.positions;
    let moved = 0;
    let [min, max] = [Infinity, -Infinity];
    for (let i = 0; i < short.ids.length; i++) {
      moved += Math.hypot(settled[2 * i]! - longer[2 * i]!, settled[2 * i + 1]! - longer[2 * i + 1]!);
      min = Math.min(min, longer[2 * i]!);
      max = Math.max(max, longer[2 * i]!);
    }
    expect(iterationsFor(262, false)).toBeLessThan(500);
    expect(moved / short.ids.length / (max - min)).toBeLessThan(0.03);
  });

  it("posts more often on big graphs and runs fewer iterations when settling an expand", () => {
    expect(batchSize(5000)).toBeLessThan(batchSize(100));
    expect(iterationsFor(1000, true)).toBeLessThan(iterationsFor(1000, false));
  });
});
