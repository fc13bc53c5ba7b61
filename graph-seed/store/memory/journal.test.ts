/** The embedded corrections journal: torn last lines, corruption, and a crash between journal and snapshot. */
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { graphQuerySchema } from "../../../model/api.ts";
import type { AuditEntry } from "../../../model/curation.ts";
import { loadArticles } from "../../load/load.ts";
import { corpus, fixtureExtract } from "../contract/stores.ts";
import { createMemoryStore } from "./index.ts";
import { Journal, journalPathOf } from "./journal.ts";

const entry = (id: string): AuditEntry => ({
  id,
  at: "2026-12-07T10:00:00.000Z",
  by: "ed",
  action: "set-status",
  target: { kind: "event", id: "event:x" },
  touched: ["event:x"],
  anchors: [],
  input: { action: "set-status", target: { kind: "event", id: "event:x" }, status: "confirmed", version: 0 },
  before: { nodes: {}, edges: {} },
  after: { nodes: {}, edges: {} },
  reason: null,
  revertOf: null,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "journal-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("corrections journal", () => {
  it("skips a torn last line with a warning, cuts it off, and appends cleanly after it", async () => {
    const path = join(dir, "g.corrections.jsonl");
    const whole = [entry("c-1"), entry("c-2")].map((e) => `${JSON.stringify(e)}\n`).join("");
    await writeFile(path, `${whole}${JSON.stringify(entry("c-3")).slice(0, 40)}`);
    const warnings: string[] = [];
    const journal = new Journal(path, { warn: (m) => warnings.push(m) });
    expect((await journal.read()).map((e) => e.id)).toEqual(["c-1", "c-2"]);
    expect(warnings).toEqual([expect.stringContaining("torn last line")]);
    expect(await readFile(path, "utf8")).toBe(whole);
    await journal.append([entry("c-4")]);
    await journal.close();
    expect((await new Journal(path).read()).map((e) => e.id)).toEqual(["c-1", "c-2", "c-4"]);
  });

  it("keeps a whole last record whose newline was lost, and starts the next on a new line", async () => {
    const path = join(dir, "g.corrections.jsonl");
    await writeFile(path, JSON.stringify(entry("c-1")));
    const journal = new Journal(path);
    expect((await journal.read()).map((e) => e.id)).toEqual(["c-1"]);
    await journal.append([entry("c-2")]);
    await journal.close();
    expect((await new Journal(path).read()).map((e) => e.id)).toEqual(["c-1", "c-2"]);
  });

  it("refuses a journal with a bad line before the last: that is corruption, not a torn write", async () => {
    const path = join(dir, "g.corrections.jsonl");
    await writeFile(path, `${JSON.stringify(entry("c-1"))}\n{broken\n${JSON.stringify(entry("c-2"))}\n`);
    await expect(new Journal(path).read()).rejects.toThrow(/line 2 is not a record/);
  });

  it("replays a change whose snapshot was never written (a crash between append and snapshot)", async () => {
    const snapshotPath = join(dir, "graph.json");
    const store = createMemoryStore({ snapshotPath });
    await store.init();
    await loadArticles(store, corpus, fixtureExtract);
    await copyFile(snapshotPath, `${snapshotPath}.before`);
    await store.curation.apply(
      {
        action: "set-status",
        target: { kind: "event", id: "event:me-call" },
        status: "rejected",
        version: 0,
      },
      { name: "ed" },
    );
    await store.close();
    // The crash: the journal has the record, the snapshot on disk is the one from before the change.
    await copyFile(`${snapshotPath}.before`, snapshotPath);
    expect(await readFile(journalPathOf(snapshotPath), "utf8")).toContain("event:me-call");
    const again = createMemoryStore({ snapshotPath });
    await again.init();
    const ids = (await again.graph(graphQuerySchema.parse({}))).nodes.map((n) => n.id);
    expect(ids).toContain("event:ms-paris");
    expect(ids).not.toContain("event:me-call");
    expect((await again.curation.audit({ limit: 10, offset: 0, format: "json" })).total).toBe(1);
    await again.close();
  });
});
