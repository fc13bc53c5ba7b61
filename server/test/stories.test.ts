/**
 * The story routes: an editor saves, edits, deletes; anyone reads; bad input is a 400 naming the field;
 * a story whose nodes are gone still opens and says which steps lost what; stories survive a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Story, StoryAnswer, StorySummary } from "../../model/story.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

const STEP = {
  title: { ar: "بوتين والسيسي" },
  caption: { ar: "لقاء في القاهرة حول الطاقة." },
  view: "v=people&sel=person%3Avladimir-putin",
  nodes: [
    { id: "person:vladimir-putin", name: "بوتين", x: 0, y: 0 },
    { id: "person:abdel-fattah-el-sisi", name: "السيسي", x: 100, y: 50 },
  ],
};
const GONE = { id: "person:nobody-anymore", name: "شخص حذف", x: 5, y: 5 };
const INPUT = { title: { ar: "قصة للاختبار" }, steps: [STEP, { ...STEP, nodes: [...STEP.nodes, GONE] }] };

let h: Harness;
let anon: Harness;
beforeAll(async () => {
  h = await startHarness({ app: { authenticate: () => ({ name: "layla", role: "editor" }) } });
  anon = await startHarness();
});
afterAll(async () => {
  await h.close();
  await anon.close();
  await removeHarnessFiles(h);
  await removeHarnessFiles(anon);
});

const send = (base: Harness, method: string, path: string, body?: unknown) =>
  fetch(base.url + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(async (res) => ({ status: res.status, body: await res.json() }));

describe("stories over the API", () => {
  it("an editor saves a story (201); anyone reads it, with the steps that lost nodes named", async () => {
    const created = await h.post<Story>("/api/stories", INPUT);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: { ar: "قصة للاختبار", en: "" }, createdBy: "layla" });
    const read = await h.get<StoryAnswer>(`/api/stories/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.steps).toHaveLength(2);
    expect(read.body.lost).toEqual([{ step: 1, nodes: [{ id: GONE.id, name: GONE.name }] }]);
    const list = await h.get<StorySummary[]>("/api/stories");
    expect(list.body.find((s) => s.id === created.body.id)).toMatchObject({ steps: 2 });
  });

  it("edits (reorder, drop a step) and deletes; unknown ids are 404s", async () => {
    const { body: story } = await h.post<Story>("/api/stories", INPUT);
    const edited = await send(h, "POST", `/api/stories/${story.id}/edit`, {
      title: { en: "Renamed" },
      steps: [INPUT.steps[1]],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.steps).toHaveLength(1);
    expect(edited.body.title).toEqual({ ar: "", en: "Renamed" });
    expect((await send(h, "DELETE", `/api/stories/${story.id}`)).status).toBe(200);
    expect((await h.get(`/api/stories/${story.id}`)).status).toBe(404);
    expect((await send(h, "DELETE", `/api/stories/${story.id}`)).status).toBe(404);
    expect((await send(h, "POST", "/api/stories/story-nosuchone/edit", INPUT)).status).toBe(404);
  });

  it("refuses bad input with a 400 that names the field", async () => {
    const cases: [unknown, RegExp][] = [
      [{ title: { ar: "" }, steps: [STEP] }, /title/],
      [{ title: { ar: "ق" }, steps: [] }, /at least one step/],
      [{ title: { ar: "ق" }, steps: [{ ...STEP, nodes: [{ ...GONE, x: "far" }] }] }, /steps\.0\.nodes\.0\.x/],
      [{ title: { ar: "ق" }, steps: [{ ...STEP, extra: 1 }] }, /extra/],
      [{ title: { ar: "ق" }, steps: Array.from({ length: 51 }, () => STEP) }, /steps/],
    ];
    for (const [body, message] of cases) {
      const res = await h.post<{ message: string }>("/api/stories", body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.message).toMatch(message);
    }
    expect((await h.get("/api/stories/not-a-story")).status).toBe(400);
    expect((await h.get("/api/stories?x=1")).status).toBe(400);
  });

  it("reading needs no account; saving without one is refused", async () => {
    expect((await anon.get("/api/stories")).status).toBe(200);
    expect((await anon.post("/api/stories", INPUT)).status).toBe(401);
  });

  it("stories are kept across a restart (a file beside the snapshot)", async () => {
    const { body: story } = await h.post<Story>("/api/stories", INPUT);
    const again = await startHarness({ root: h.root });
    try {
      expect((await again.get<Story>(`/api/stories/${story.id}`)).body.steps).toEqual(story.steps);
    } finally {
      await again.close();
    }
  });
});
