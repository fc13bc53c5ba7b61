import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LayoutStep } from "../layout/forceJob.ts";
import { HOLD_MS, HOLD_NODES, runWorkerLayout } from "./workerLayout.ts";

/** Stands in for the browser's Worker: the test plays the worker's answers. */
class FakeWorker {
  static built: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<LayoutStep>) => void) | null = null;
  onerror: (() => void) | null = null;
  job: { ids: string[] } | null = null;
  constructor() {
    FakeWorker.built.push(this);
  }
  postMessage(job: { ids: string[] }) {
    this.job = job;
  }
  terminate() {}
  /** Where `step` puts a node: the i-th of the job's (sorted) ids at (10 i, 20 i). */
  at(id: string) {
    const i = this.job!.ids.indexOf(id);
    return { x: i * 10, y: i * 20 };
  }
  /** Answers with every node at `at(id)` after `done` of `total` iterations. */
  step(done: number, total: number) {
    const n = this.job!.ids.length;
    const positions = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      positions[2 * i] = i * 10;
      positions[2 * i + 1] = i * 20;
    }
    this.onmessage?.({ data: { positions, done, total } } as MessageEvent<LayoutStep>);
  }
}

function chain(nodes: number): Core {
  const cy = cytoscape({ headless: true });
  cy.add(Array.from({ length: nodes }, (_, i) => ({ group: "nodes" as const, data: { id: `n${i}` } })));
  cy.add(
    Array.from({ length: nodes - 1 }, (_, i) => ({
      group: "edges" as const,
      data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
    })),
  );
  return cy;
}

describe("a small graph's drawing waits for its layout", () => {
  beforeEach(() => {
    vi.stubGlobal("Worker", FakeWorker);
    vi.stubGlobal("requestAnimationFrame", (f: FrameRequestCallback) => {
      f(0);
      return 1;
    });
    vi.stubGlobal("cancelAnimationFrame", () => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    FakeWorker.built = [];
  });

  it("draws nothing until the last step, then the finished positions with the run's own finish", () => {
    const cy = chain(30);
    let batchingAtDone: boolean | null = null;
    runWorkerLayout(cy, false, {}, () => {
      batchingAtDone = cy.batching();
    });
    expect(cy.batching()).toBe(true);
    const worker = FakeWorker.built.at(-1)!;
    worker.step(100, 500);
    // An intermediate step is not drawn: nodes keep their seeded start.
    expect(cy.$id("n3").position()).not.toEqual(worker.at("n3"));
    expect(cy.batching()).toBe(true);
    worker.step(500, 500);
    expect(cy.$id("n3").position()).toEqual(worker.at("n3"));
    // The run's finish (label spreading, names) happens before the first frame, not after it.
    expect(batchingAtDone).toBe(true);
    expect(cy.batching()).toBe(false);
  });

  it("streams as before once the worker has taken longer than the hold allows", () => {
    vi.useFakeTimers();
    const cy = chain(30);
    runWorkerLayout(cy, false, {}, () => undefined);
    vi.advanceTimersByTime(HOLD_MS);
    expect(cy.batching()).toBe(false);
    const worker = FakeWorker.built.at(-1)!;
    worker.step(100, 500);
    expect(cy.$id("n3").position()).toEqual(worker.at("n3"));
  });

  it("lets go when the run is replaced, so the next one can draw", () => {
    const cy = chain(30);
    const run = runWorkerLayout(cy, false, {}, () => undefined);
    run.stop();
    expect(cy.batching()).toBe(false);
  });

  it("does not hold a big graph (it streams, with progress) nor an incremental run", () => {
    const big = chain(HOLD_NODES + 1);
    runWorkerLayout(big, false, {}, () => undefined).stop();
    const small = chain(30);
    const run = runWorkerLayout(small, true, {}, () => undefined);
    expect(small.batching()).toBe(false);
    run.stop();
  });
});
