import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runWorkerLayout, warmLayoutWorker } from "./workerLayout.ts";

/** Stands in for the browser's Worker: records what was built, posted and terminated. */
class FakeWorker {
  static built: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.built.push(this);
  }
  postMessage(data: unknown) {
    this.posted.push(data);
  }
  terminate() {
    this.terminated = true;
  }
}

function graph() {
  const cy = cytoscape({ headless: true });
  cy.add([
    { group: "nodes", data: { id: "a" } },
    { group: "nodes", data: { id: "b" } },
    { group: "edges", data: { id: "ab", source: "a", target: "b" } },
  ]);
  return cy;
}

describe("the layout worker started ahead", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.built = [];
  });

  it("is the one the next layout runs in, and only that one", () => {
    vi.stubGlobal("Worker", FakeWorker);
    vi.stubGlobal("cancelAnimationFrame", () => undefined);
    warmLayoutWorker();
    warmLayoutWorker();
    expect(FakeWorker.built).toHaveLength(1);
    const run = runWorkerLayout(graph(), false, {}, () => undefined);
    expect(FakeWorker.built).toHaveLength(1);
    expect(FakeWorker.built[0]!.posted).toHaveLength(1);
    run.stop();
    expect(FakeWorker.built[0]!.terminated).toBe(true);
    // Used up: the next layout starts a worker of its own.
    runWorkerLayout(graph(), false, {}, () => undefined).stop();
    expect(FakeWorker.built).toHaveLength(2);
  });
});
