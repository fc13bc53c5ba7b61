import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../graph-seed/store/memory/index.ts";
import { type GraphStore, StoreUnavailableError } from "../model/store.ts";
import { retryInitOnUse } from "./retryInit.ts";

/** A memory store whose database is "down" until `up` is set. */
function flakyStore() {
  const inner = createMemoryStore({ snapshotPath: null });
  const state = { up: false, inits: 0 };
  const store: GraphStore = Object.assign(Object.create(inner), {
    init: async () => {
      state.inits++;
      if (!state.up) throw new Error("connect ECONNREFUSED 127.0.0.1:7687");
      await inner.init();
    },
  });
  return { store, state };
}

describe("retryInitOnUse", () => {
  it("answers StoreUnavailableError while init fails, then recovers", async () => {
    const { store, state } = flakyStore();
    const wrapped = retryInitOnUse(store, false);
    await expect(wrapped.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(wrapped.ping()).rejects.toThrow("ECONNREFUSED");
    state.up = true;
    const stats = await wrapped.stats();
    expect(stats.articles).toBe(0);
    await wrapped.stats();
    expect(state.inits).toBe(3);
  });

  it("does not re-run init when the store started fine", async () => {
    const { store, state } = flakyStore();
    const wrapped = retryInitOnUse(store, true);
    await wrapped.ping();
    expect(state.inits).toBe(0);
    expect(wrapped.kind).toBe("embedded");
  });
});
