/**
 * The curation API (issue 10) over HTTP on the seed corpus: each route's happy path, 400 on bad input,
 * 404 on an unknown target, 409 on a stale version, 401 anonymous and 403 for a viewer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../model/api.ts";
import type {
  AuditEntry,
  AuditPage,
  ConflictBody,
  CurationResult,
  OrphanedCorrection,
  ReviewQueuePage,
} from "../../model/curation.ts";
import type { SessionUser } from "../auth/guard.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

/** Tests sign in by header: `x-test-user: name:role`. */
const authenticate = (request: { headers: Record<string, unknown> }): SessionUser | null => {
  const raw = request.headers["x-test-user"];
  if (typeof raw !== "string") return null;
  const [name, role] = raw.split(":");
  return { name: name!, role: role as SessionUser["role"] };
};

let h: Harness;
let queue: ReviewQueuePage;

async function send<T>(path: string, body: unknown, user: string | null = "ed:editor") {
  const res = await fetch(h.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(user ? { "x-test-user": user } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}
const enc = encodeURIComponent;

beforeAll(async () => {
  h = await startHarness({ app: { authenticate } });
  queue = (await h.get<ReviewQueuePage>("/api/review/queue?limit=5")).body;
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

describe("review queue", () => {
  it("lists unreviewed events lowest confidence first, with what the UI highlights, and how many are left", async () => {
    expect(queue.items).toHaveLength(5);
    expect(queue.remaining).toBeGreaterThan(5);
    const scores = queue.items.map((i) => i.event.confidence ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const first = queue.items[0]!;
    expect(first.evidence[0]).toMatchObject({ articleId: expect.any(String), start: expect.any(Number) });
    expect(first.articles.length).toBeGreaterThan(0);
    expect(first.review.version).toBe(0);
  });

  it("400 on a bad page size", async () => {
    expect((await h.get("/api/review/queue?limit=0")).status).toBe(400);
  });
});

describe("status changes", () => {
  it("401 anonymous, 403 viewer", async () => {
    const body = { target: { kind: "event", id: queue.items[0]!.event.id }, status: "confirmed", version: 0 };
    expect((await send("/api/review/status", body, null)).status).toBe(401);
    expect((await send("/api/review/status", body, "vi:viewer")).status).toBe(403);
  });

  it("confirms, then refuses the same stale version with 409 and the current state", async () => {
    const id = queue.items[0]!.event.id;
    const body = { target: { kind: "event", id }, status: "confirmed", version: 0 };
    const ok = await send<CurationResult>("/api/review/status", body);
    expect(ok.status).toBe(200);
    expect(ok.body.reviews[0]!.review).toMatchObject({ status: "confirmed", by: "ed", version: 1 });
    const stale = await send<ConflictBody>(
      "/api/review/status",
      { ...body, status: "rejected" },
      "al:editor",
    );
    expect(stale.status).toBe(409);
    expect(stale.body.conflicts?.[0]).toMatchObject({ id, expected: 0, current: { version: 1, by: "ed" } });
    const queued = (await h.get<ReviewQueuePage>("/api/review/queue?limit=200")).body;
    expect(queued.remaining).toBe(queue.remaining - 1);
  });

  it("rejected events leave the graph unless asked for; the export carries a status column", async () => {
    const id = queue.items[1]!.event.id;
    await send("/api/review/status", { target: { kind: "event", id }, status: "rejected", version: 0 });
    const shown = async (q: string) =>
      (await h.get<{ nodes: { id: string }[] }>(`/api/graph?limit=20000${q}`)).body.nodes.some(
        (n) => n.id === id,
      );
    expect(await shown("")).toBe(false);
    expect(await shown("&includeRejected=true")).toBe(true);
    expect((await h.get(`/api/nodes/${enc(id)}`)).status).toBe(404);
    expect((await h.get(`/api/nodes/${enc(id)}?includeRejected=true`)).status).toBe(200);
    const csv = (await h.get<string>("/api/export?format=csv-nodes&includeRejected=true")).body;
    const [header, ...rows] = csv.split("\r\n");
    expect(header).toContain("status");
    expect(rows.find((r) => r.startsWith(`${id},`) || r.startsWith(`"${id}"`))).toContain("rejected");
    const confirmed = (
      await h.get<{ nodes: { id: string; kind: string }[] }>("/api/graph?confirmedOnly=true")
    ).body;
    expect(confirmed.nodes.filter((n) => n.kind === "Event").map((n) => n.id)).toEqual([
      queue.items[0]!.event.id,
    ]);
  });

  it("400 on a bad body, 404 on an unknown fact", async () => {
    expect(
      (await send("/api/review/status", { target: { kind: "event" }, status: "ok", version: -1 })).status,
    ).toBe(400);
    const unknown = { target: { kind: "event", id: "event:nope" }, status: "confirmed", version: 0 };
    expect((await send("/api/review/status", unknown)).status).toBe(404);
  });

  it("bulk confirm is all or nothing", async () => {
    const [a, b] = [queue.items[2]!.event.id, queue.items[3]!.event.id];
    const stale = await send("/api/review/confirm", {
      items: [
        { kind: "event", id: a, version: 0 },
        { kind: "event", id: b, version: 7 },
      ],
    });
    expect(stale.status).toBe(409);
    expect(
      (await h.get<{ node: { review?: unknown } }>(`/api/nodes/${enc(a)}`)).body.node.review,
    ).toBeUndefined();
    const ok = await send<CurationResult>("/api/review/confirm", {
      items: [
        { kind: "event", id: a, version: 0 },
        { kind: "event", id: b, version: 0 },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.entries).toHaveLength(2);
    expect((await send("/api/review/confirm", { items: [] })).status).toBe(400);
  });
});

describe("event edits and facts added by hand", () => {
  it("edits an event at the version seen; 409 when stale, 404 unknown, 400 bad", async () => {
    const id = queue.items[4]!.event.id;
    const edit = { version: 0, changes: { date: "2024-02", planned: false }, reason: "the month only" };
    const ok = await send<CurationResult>(`/api/events/${enc(id)}/edit`, edit);
    expect(ok.status).toBe(200);
    expect(ok.body.entries[0]!.after.nodes[id]).toMatchObject({ date: "2024-02", datePrecision: "month" });
    expect((await send(`/api/events/${enc(id)}/edit`, edit)).status).toBe(409);
    expect((await send(`/api/events/${enc("event:nope")}/edit`, edit)).status).toBe(404);
    expect((await send(`/api/events/${enc(id)}/edit`, { version: 1, changes: {} })).status).toBe(400);
    const history = (await h.get<AuditEntry[]>(`/api/nodes/${enc(id)}/history`)).body;
    expect(history.map((e) => [e.action, e.reason])).toEqual([["edit-event", "the month only"]]);
  });

  it("adds an event only from a quote inside an article", async () => {
    const item = queue.items[0]!;
    const span = item.evidence[0]!;
    const participants = item.participants.map((p) => ({ id: p.id }));
    const body = (source: object) => ({ source, type: "Meeting", participants, date: "2024-01-01" });
    const outside = { articleId: span.articleId, start: 0, end: 10_000_000 };
    expect((await send("/api/events", body(outside))).status).toBe(400);
    expect((await send("/api/events", body({ ...outside, articleId: "nope", end: 5 }))).status).toBe(404);
    const ok = await send<CurationResult>(
      "/api/events",
      body({ articleId: span.articleId, start: span.start, end: span.end }),
    );
    expect(ok.status).toBe(201);
    const again = await send(
      "/api/events",
      body({ articleId: span.articleId, start: span.start, end: span.end }),
    );
    expect(again.status).toBe(409);
    expect((await send("/api/events", body(outside), "vi:viewer")).status).toBe(403);
  });
});

describe("entities and offices", () => {
  let persons: { id: string }[];
  beforeAll(async () => {
    persons = (await h.get<{ nodes: { id: string }[] }>("/api/graph?kinds=Person&limit=20000")).body.nodes;
  });

  it("renames, adds an alias; 409 stale, 404 unknown, 400 empty", async () => {
    const id = persons[0]!.id;
    const body = { version: 0, changes: { addAliases: ["Test Alias"] } };
    expect((await send(`/api/entities/${enc(id)}/edit`, body)).status).toBe(200);
    expect((await send(`/api/entities/${enc(id)}/edit`, body)).status).toBe(409);
    expect((await send(`/api/entities/${enc("person:nope")}/edit`, body)).status).toBe(404);
    expect((await send(`/api/entities/${enc(id)}/edit`, { version: 1, changes: {} })).status).toBe(400);
    expect((await send(`/api/entities/${enc(id)}/edit`, body, null)).status).toBe(401);
  });

  it("merges, refuses merging into itself or another kind, splits back and reverts with the rules", async () => {
    const [a, b] = [persons[1]!.id, persons[2]!.id];
    expect(
      (await send(`/api/entities/${enc(a)}/merge`, { into: a, version: 0, intoVersion: 0 })).status,
    ).toBe(400);
    const country = (await h.get<{ nodes: { id: string }[] }>("/api/graph?kinds=Country&limit=1")).body
      .nodes[0]!.id;
    expect(
      (await send(`/api/entities/${enc(a)}/merge`, { into: country, version: 0, intoVersion: 0 })).status,
    ).toBe(409);
    expect(
      (await send(`/api/entities/${enc(a)}/merge`, { into: b, version: 3, intoVersion: 0 })).status,
    ).toBe(409);
    expect(
      (await send(`/api/entities/${enc("person:nope")}/merge`, { into: b, version: 0, intoVersion: 0 }))
        .status,
    ).toBe(404);
    const merged = await send<CurationResult>(`/api/entities/${enc(a)}/merge`, {
      into: b,
      version: 0,
      intoVersion: 0,
    });
    expect(merged.status).toBe(200);
    expect((await h.get(`/api/nodes/${enc(a)}`)).status).toBe(404);
    const revert = await send<CurationResult>(`/api/audit/${merged.body.entries[0]!.id}/revert`, {
      reason: "wrong",
    });
    expect(revert.status).toBe(200);
    expect((await h.get(`/api/nodes/${enc(a)}`)).status).toBe(200);
    expect((await send(`/api/audit/${merged.body.entries[0]!.id}/revert`, {})).status).toBe(409);
    expect((await send("/api/audit/c-nope/revert", {})).status).toBe(404);
    expect((await send(`/api/audit/${merged.body.entries[0]!.id}/revert`, {}, "vi:viewer")).status).toBe(403);
  });

  it("splits chosen edges to a new entity; 400 when an edge is not the entity's", async () => {
    const details = (
      await h.get<{
        node: { id: string; review?: { version: number } };
        events: { event: { id: string } }[];
      }>(`/api/nodes/${enc(persons[3]!.id)}`)
    ).body;
    const id = details.node.id;
    const edge = `PARTICIPATED_IN:${id}->${details.events[0]!.event.id}`;
    const version = details.node.review?.version ?? 0;
    const name = { ar: "شخص آخر", en: "Someone Else" };
    expect((await send(`/api/entities/${enc(id)}/split`, { version, name, edges: ["X:a->b"] })).status).toBe(
      400,
    );
    expect((await send(`/api/entities/${enc(id)}/split`, { version, name })).status).toBe(400);
    const ok = await send<CurationResult>(`/api/entities/${enc(id)}/split`, { version, name, edges: [edge] });
    expect(ok.status).toBe(201);
    expect((await h.get(`/api/nodes/${enc(ok.body.created[0]!)}`)).status).toBe(200);
  });

  it("adds an office from its sentence and ends it", async () => {
    const person = persons[4]!.id;
    const country = (await h.get<{ nodes: { id: string }[] }>("/api/graph?kinds=Country&limit=1")).body
      .nodes[0]!.id;
    const span = queue.items[0]!.evidence[0]!;
    const source = { articleId: span.articleId, start: span.start, end: span.end };
    const office = { ar: "مبعوث", en: "Envoy" };
    const added = await send<CurationResult>("/api/offices", {
      person,
      of: country,
      office,
      from: "2020",
      source,
    });
    expect(added.status).toBe(201);
    const officeId = added.body.created[0]!;
    expect((await send("/api/offices", { person, of: country, office, from: "2020", source })).status).toBe(
      409,
    );
    expect((await send("/api/offices", { person: "person:nope", of: country, office, source })).status).toBe(
      404,
    );
    const end = await send(`/api/offices/${enc(officeId)}/edit`, {
      version: 1,
      changes: { to: "2023-05-01" },
    });
    expect(end.status).toBe(200);
    expect(
      (await send(`/api/offices/${enc(officeId)}/edit`, { version: 1, changes: { to: "2023" } })).status,
    ).toBe(409);
    expect(
      (await send(`/api/offices/${enc(officeId)}/edit`, { version: 2, changes: { to: "2019" } })).status,
    ).toBe(400);
  });

  it("adds an entity from a mention", async () => {
    const span = queue.items[0]!.evidence[0]!;
    const body = {
      source: { articleId: span.articleId, start: span.start, end: span.start + 4 },
      kind: "Organization",
      name: { ar: "منظمة", en: null },
    };
    const ok = await send<CurationResult>("/api/entities", body);
    expect(ok.status).toBe(201);
    expect((await send("/api/entities", { ...body, kind: "Planet" })).status).toBe(400);
  });
});

describe("audit log", () => {
  it("filters by who, time and target; pages; serves CSV with formula cells neutralised", async () => {
    await send(
      "/api/entities/" +
        enc((await h.get<{ nodes: { id: string }[] }>("/api/graph?kinds=Topic&limit=1")).body.nodes[0]!.id) +
        "/edit",
      {
        version: 0,
        changes: { addAliases: ["x"] },
        reason: '=HYPERLINK("evil")',
      },
      "=cmd:editor",
    );
    const all = (await h.get<AuditPage>("/api/audit")).body;
    expect(all.total).toBeGreaterThan(5);
    expect(all.entries[0]!.at >= all.entries.at(-1)!.at).toBe(true);
    const mine = (await h.get<AuditPage>(`/api/audit?by=${enc("=cmd")}`)).body;
    expect(mine.entries.map((e) => e.by)).toEqual(["=cmd"]);
    const none = (await h.get<AuditPage>("/api/audit?to=2000-01-01")).body;
    expect(none.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await h.get<AuditPage>(`/api/audit?from=${today}&limit=1`)).body.entries).toHaveLength(1);
    const target = all.entries.at(-1)!.target.id;
    expect((await h.get<AuditPage>(`/api/audit?target=${enc(target)}`)).body.entries.length).toBeGreaterThan(
      0,
    );
    const csv = await h.get<string>(`/api/audit?format=csv&by=${enc("=cmd")}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.body).toContain(",'=cmd,");
    expect(csv.body).toContain("'=HYPERLINK");
    expect((await h.get<ErrorBody>("/api/audit?from=yesterday")).status).toBe(400);
  });

  it("lists no orphans on a fresh seed", async () => {
    expect((await h.get<OrphanedCorrection[]>("/api/corrections/orphans")).body).toEqual([]);
  });

  it("corrections survive a restart: the journal is replayed over the snapshot", async () => {
    const root = h.root;
    const before = (await h.get<AuditPage>("/api/audit?limit=1")).body.total;
    const rejected = queue.items[1]!.event.id;
    await h.close();
    h = await startHarness({ root, app: { authenticate } });
    expect((await h.get<AuditPage>("/api/audit?limit=1")).body.total).toBe(before);
    expect((await h.get(`/api/nodes/${enc(rejected)}`)).status).toBe(404);
  });
});
