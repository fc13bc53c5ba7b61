// @vitest-environment jsdom
import { cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GraphPayload } from "../../../model/api.ts";
import { nodeId } from "../../../model/ids.ts";
import { WORKER_LAYOUT_NODES } from "../graph/layouts.ts";
import { useViewStore } from "../state/viewState.ts";
import { useOverview } from "./useOverview.ts";

class FakeWorker {
  static built = 0;
  constructor() {
    FakeWorker.built++;
  }
  postMessage() {}
  terminate() {}
}

const people = (n: number): GraphPayload =>
  ({
    nodes: Array.from({ length: n }, (_, i) => ({
      id: nodeId(`person:p${i}`),
      kind: "Person",
      name: { ar: `p${i}`, en: `p${i}` },
    })),
    edges: [],
  }) as unknown as GraphPayload;

describe("a whole graph laid out by the worker", () => {
  beforeEach(() => {
    vi.stubGlobal("Worker", FakeWorker);
    FakeWorker.built = 0;
    useViewStore.getState().set({ layout: "fcose" });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("starts loading its worker as soon as the graph arrives", () => {
    const { result } = renderHook(() => useOverview(people(WORKER_LAYOUT_NODES + 1)));
    // Drawn whole (under the overview threshold), and a worker is already on its way.
    expect(result.current.overview).toBeNull();
    expect(FakeWorker.built).toBe(1);
  });

  it("starts none for a graph that fcose lays out on the page", () => {
    renderHook(() => useOverview(people(WORKER_LAYOUT_NODES)));
    expect(FakeWorker.built).toBe(0);
  });
});
