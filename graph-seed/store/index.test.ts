import { describe, expect, it } from "vitest";
import { createStoreFromEnv } from "./index.ts";

describe("createStoreFromEnv", () => {
  it("gives the embedded store when NEO4J_URI is not set", async () => {
    const store = await createStoreFromEnv({ EMBEDDED_SNAPSHOT: "/nonexistent-dir/never-written.json" });
    expect(store.kind).toBe("embedded");
    await store.init();
    expect((await store.stats()).articles).toBe(0);
    await store.close();
  });
});
