/**
 * How statements reach a cluster: reads in read transactions of READ sessions, writes in write transactions
 * of WRITE sessions, every session sharing one bookmark manager (a read after a write sees it). A stand-in
 * driver records what the runner asks of it; no server is needed.
 */
import neo4j from "neo4j-driver";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRunner } from "./session.ts";

interface Opened {
  config: Record<string, unknown>;
  calls: string[];
}

function fakeDriver() {
  const opened: Opened[] = [];
  const tx = { run: async () => ({ records: [] }) };
  const driver = {
    session: (config: Record<string, unknown>) => {
      const entry: Opened = { config, calls: [] };
      opened.push(entry);
      return {
        executeRead: async (work: (t: typeof tx) => unknown) => {
          entry.calls.push("executeRead");
          return work(tx);
        },
        executeWrite: async (work: (t: typeof tx) => unknown) => {
          entry.calls.push("executeWrite");
          return work(tx);
        },
        run: async () => entry.calls.push("run"),
        close: async () => undefined,
      };
    },
    close: async () => undefined,
  };
  return { driver, opened };
}

afterEach(() => vi.restoreAllMocks());

describe("routing", () => {
  it("reads go through executeRead in READ sessions, writes through executeWrite in WRITE sessions", async () => {
    const { driver, opened } = fakeDriver();
    vi.spyOn(neo4j, "driver").mockReturnValue(driver as never);
    const runner = createRunner({ uri: "neo4j+s://cluster.example:7687", user: "u", password: "p" });
    await runner.read("RETURN 1");
    await runner.write(async (run) => run("RETURN 2"));
    expect(opened.map((o) => [o.config.defaultAccessMode, o.calls])).toEqual([
      [neo4j.session.READ, ["executeRead"]],
      [neo4j.session.WRITE, ["executeWrite"]],
    ]);
    // One bookmark manager for all sessions: causal consistency across them.
    expect(opened[0]!.config.bookmarkManager).toBeDefined();
    expect(opened[1]!.config.bookmarkManager).toBe(opened[0]!.config.bookmarkManager);
    expect(vi.mocked(neo4j.driver).mock.calls[0]![0]).toBe("neo4j+s://cluster.example:7687");
  });
});
