/**
 * Stories in the web app, without a browser: a step read back as the view it saved, cut to its nodes
 * and placed; the offline page keeping its data and code inside their elements; the draft's reorder.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { GraphPayload } from "../../../../model/api.ts";
import { storyInputSchema } from "../../../../model/story.ts";
import { DEFAULT_VIEW } from "../../state/viewState.ts";
import { metGraph, NODES, smallGraph } from "../../test/fixtures.ts";
import { viewQuery } from "./captureStep.ts";
import { useStoryDraft } from "./draftStore.ts";
import { type OfflineData, offlinePage } from "./offlineHtml.ts";
import { loadScene, playerStep, restrictTo, tieEdges } from "./player/sceneData.ts";

const step = (view: string, nodes: { id: string; x: number; y: number }[] = []) => ({
  title: { ar: "خطوة", en: "" },
  caption: { ar: "", en: "" },
  view,
  nodes: nodes.map((n) => ({ ...n, name: n.id })),
});

describe("a step's scene", () => {
  it("asks the API for the step's filters and keeps only the nodes it saved, where it saved them", async () => {
    const asked: string[] = [];
    const getJson = async <T>(url: string) => {
      asked.push(url);
      return metGraph as T;
    };
    const scene = await loadScene(
      step(`v=people&from=2017&to=2018&tie=${encodeURIComponent(`${NODES.putin.id}~${NODES.sisi.id}`)}`, [
        { id: NODES.putin.id, x: 10, y: 20 },
        { id: NODES.sisi.id, x: -5, y: 7 },
      ]),
      getJson,
    );
    expect(asked).toHaveLength(1);
    const url = new URL(asked[0]!, "http://x");
    expect(url.pathname).toBe("/api/graph");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ view: "people", from: "2017", to: "2018" });
    expect(scene.graph.nodes.map((n) => n.id).sort()).toEqual([NODES.sisi.id, NODES.putin.id].sort());
    expect(scene.positions[NODES.putin.id]).toEqual({ x: 10, y: 20 });
    expect(tieEdges(scene).map((e) => e.kind)).toEqual(["MET"]);
  });

  it("cuts a graph to the saved nodes and the edges between them; a step with none keeps the view whole", () => {
    const cut = restrictTo(smallGraph, [NODES.putin.id, NODES.meeting.id]);
    expect(cut.nodes.map((n) => n.id).sort()).toEqual([NODES.meeting.id, NODES.putin.id].sort());
    expect(
      cut.edges.every((e) =>
        [e.source, e.target].every((id) => id === NODES.putin.id || id === NODES.meeting.id),
      ),
    ).toBe(true);
    expect(restrictTo(smallGraph, [])).toBe(smallGraph);
  });

  it("saves the view as the share link's query, without the side panel or pins", () => {
    const query = viewQuery({
      ...DEFAULT_VIEW,
      view: "people",
      lang: "ar",
      panel: "timeline",
      pinned: { a: { x: 1, y: 2 } },
    });
    expect(new URLSearchParams(query).get("v")).toBe("people");
    expect(new URLSearchParams(query).get("lang")).toBe("ar");
    expect(query).not.toMatch(/panel|pins/);
    // What is saved passes the server's schema.
    expect(storyInputSchema.safeParse({ title: { ar: "ق" }, steps: [step(query)] }).success).toBe(true);
  });

  it("plays each step in the interface language it was saved in (English, the default, leaves no trace)", () => {
    const saved = (lang: "ar" | "en") => step(viewQuery({ ...DEFAULT_VIEW, view: "people", lang }));
    expect([saved("ar"), saved("en"), step("v=people&lang=ar")].map((s) => playerStep(s).lang)).toEqual([
      "ar",
      "en",
      "ar",
    ]);
    expect(playerStep(saved("ar"))).toMatchObject({ title: saved("ar").title, caption: saved("ar").caption });
  });
});

describe("the offline page", () => {
  const graph: GraphPayload = {
    ...metGraph,
    edges: metGraph.edges.map((e) => ({
      ...e,
      evidence: [
        {
          articleId: e.evidence[0]?.articleId ?? ("a" as never),
          start: 0,
          end: 9,
          quote: "</script><b>قال</b>",
        },
      ],
    })),
  };
  const data: OfflineData = {
    title: { ar: "قصة <تجريبية>", en: "" },
    steps: [{ title: { ar: "أولى", en: "" }, caption: { ar: "", en: "" } }],
    scenes: [{ view: DEFAULT_VIEW, graph, positions: {} }],
    lost: [],
    lang: "ar",
  };

  it("keeps data and code inside their elements, whatever they contain, and reads back the same data", () => {
    const html = offlinePage(data, 'var s = "</script>"; run();', "a{content:'</style>'}");
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("<title>قصة &lt;تجريبية&gt;</title>");
    const json = /<script type="application\/json" id="story-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("the story draft", () => {
  beforeEach(() => useStoryDraft.getState().reset());

  it("moves, edits and deletes steps; an edit of the steps forgets what the server said was lost", () => {
    const d = useStoryDraft.getState();
    d.load({
      id: "story-abcdef",
      title: { ar: "ق", en: "" },
      steps: [step("v=people"), step("v=events"), step("lang=ar")],
      createdBy: "a",
      createdAt: "",
      updatedBy: "a",
      updatedAt: "",
      lost: [{ step: 1, nodes: [{ id: "x", name: "x" }] }],
    });
    d.updateStep(0, { caption: { ar: "تعليق", en: "" } });
    expect(useStoryDraft.getState().draft.lost).toHaveLength(1);
    d.moveStep(2, -1);
    d.moveStep(0, -1); // the first cannot go higher
    expect(useStoryDraft.getState().draft.steps.map((s) => s.view)).toEqual([
      "v=people",
      "lang=ar",
      "v=events",
    ]);
    expect(useStoryDraft.getState().draft.lost).toEqual([]);
    d.removeStep(0);
    expect(useStoryDraft.getState().draft.steps.map((s) => s.view)).toEqual(["lang=ar", "v=events"]);
    expect(useStoryDraft.getState().draft.id).toBe("story-abcdef");
  });
});
