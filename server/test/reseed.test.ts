/** POST /api/corpus/reseed: the graph rebuilt from the corpus, every correction applied again. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { NodeDetails, ReseedResult, Stats } from "../../model/api.ts";
import type { ReviewQueuePage } from "../../model/curation.ts";
import type { SessionUser } from "../auth/guard.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) {
    await h.close();
    await removeHarnessFiles(h);
  }
});

async function asAdmin() {
  const admin: SessionUser = { name: "root", role: "admin" };
  const h = await startHarness({ app: { authenticate: () => admin } });
  harnesses.push(h);
  return h;
}

describe("reseed", () => {
  it("rebuilds the graph from the corpus and keeps an editor's rejection", async () => {
    const h = await asAdmin();
    const queue = (await h.get<ReviewQueuePage>("/api/review/queue?limit=1")).body;
    const event = queue.items[0]!.event.id;
    const status = { target: { kind: "event", id: event }, status: "rejected", version: 0 };
    expect((await h.post("/api/review/status", status)).status).toBe(200);
    const before = (await h.get<Stats>("/api/stats")).body;
    // A file dropped into the corpus meanwhile is part of the new graph.
    await writeFile(
      join(h.corpusDir, "dropped.txt"),
      "استقبل الرئيس التونسي قيس سعيد في قرطاج اليوم وزير الخارجية الإيطالي.",
    );

    const res = await h.post<ReseedResult>("/api/corpus/reseed", {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ read: 6, skipped: [], corrections: { applied: 1, orphaned: 0 } });
    expect((await h.get<Stats>("/api/stats")).body.articles).toBe(before.articles + 1);
    const details = await h.get<NodeDetails>(`/api/nodes/${encodeURIComponent(event)}?includeRejected=true`);
    expect(details.body.node.review?.status).toBe("rejected");
    expect((await h.get(`/api/nodes/${encodeURIComponent(event)}`)).status).toBe(404);
  });

  it("leaves the graph as it was when the corpus folder cannot be read", async () => {
    const admin: SessionUser = { name: "root", role: "admin" };
    const h = await startHarness({ app: { authenticate: () => admin, corpusDir: "/nonexistent/corpus" } });
    harnesses.push(h);
    const before = (await h.get<Stats>("/api/stats")).body;
    const res = await h.post<{ message: string }>("/api/corpus/reseed", {});
    expect([res.status, res.body.message]).toEqual([
      503,
      expect.stringContaining("cannot read the corpus folder"),
    ]);
    expect((await h.get<Stats>("/api/stats")).body).toEqual(before);
  });
});
