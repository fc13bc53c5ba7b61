// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GraphPath, NodeRef, SearchHit } from "../../../../model/api.ts";
import { edgeIdOf } from "../../../../model/graph.ts";
import { articleId, nodeId } from "../../../../model/ids.ts";
import { useHighlightStore } from "../../state/highlight.ts";
import { useViewStore } from "../../state/viewState.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { PathFinderPanel } from "./PathFinderPanel.tsx";

const ref = (id: string, en: string, kind: NodeRef["kind"] = "Person"): NodeRef => ({
  id: nodeId(id),
  kind,
  name: { ar: en, en },
});
const bibi = ref("person:netanyahu", "Netanyahu");
const call = ref("event:call", "Phone call", "Event");
const putin = ref("person:putin", "Putin");

const path: GraphPath = {
  nodes: [bibi, call, putin],
  steps: [
    {
      from: bibi,
      to: call,
      edge: {
        id: edgeIdOf("PARTICIPATED_IN", bibi.id, call.id),
        kind: "PARTICIPATED_IN",
        source: bibi.id,
        target: call.id,
        evidence: [{ articleId: articleId("003"), start: 0, end: 9, quote: "بحث هاتفيا" }],
      },
      quote: { articleId: articleId("003"), start: 0, end: 9, quote: "بحث هاتفيا" },
      inferred: false,
      reason: null,
    },
    {
      from: call,
      to: putin,
      edge: {
        id: edgeIdOf("PARTICIPATED_IN", putin.id, call.id),
        kind: "PARTICIPATED_IN",
        source: putin.id,
        target: call.id,
        evidence: [],
      },
      quote: null,
      inferred: true,
      reason: "no article sentence states it",
    },
  ],
};

const hit = (node: NodeRef): SearchHit => ({ node, score: 1, matched: node.name.ar, snippet: null });

describe("PathFinderPanel", () => {
  let calls: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    useViewStore.getState().reset();
    useHighlightStore.getState().clearHighlight();
    calls = stubFetch({
      "/api/search": (url) => ({ body: [hit(url.searchParams.get("q") === "Net" ? bibi : putin)] }),
      "/api/nodes/": (url) => ({
        body: { node: decodeURIComponent(url.pathname).includes("netanyahu") ? bibi : putin },
      }),
      "/api/paths": () => ({ body: { paths: [path] } }),
      "/api/articles": () => ({ body: [] }),
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  async function pick(testId: string, text: string) {
    fireEvent.change(screen.getByTestId(testId), { target: { value: text } });
    const option = await screen.findByTestId(`${testId}-option`, {}, { timeout: 2000 });
    fireEvent.mouseDown(option);
  }

  it("finds paths between two picked entities, lists steps with quotes and highlights the path", async () => {
    renderWithQuery(<PathFinderPanel />);
    expect(screen.getByTestId("path-submit")).toHaveProperty("disabled", true);
    await pick("path-from", "Net");
    await pick("path-to", "Put");
    expect(useViewStore.getState().pathFrom).toBe(bibi.id);
    expect(useViewStore.getState().pathTo).toBe(putin.id);
    fireEvent.click(screen.getByTestId("path-submit"));
    const steps = await screen.findAllByTestId("path-step");
    expect(steps.map((s) => s.firstElementChild?.textContent)).toEqual([
      "Netanyahu — took part in → Phone call",
      "Phone call ← took part in — Putin",
    ]);
    expect(steps[0]?.querySelector("blockquote")?.textContent).toBe("بحث هاتفيا");
    expect(steps[1]?.textContent).toContain("inferred No sentence names both ends.");
    const sent = calls.find((c) => c.url.pathname === "/api/paths")!.url.searchParams;
    expect(Object.fromEntries(sent)).toEqual({
      from: bibi.id,
      to: putin.id,
      k: "3",
      maxLength: "6",
      view: "events",
    });
    await waitFor(() => expect(useHighlightStore.getState().nodeIds).toEqual([bibi.id, call.id, putin.id]));
    expect(useHighlightStore.getState().edgeIds).toEqual(path.steps.map((s) => s.edge.id));
  });

  it("runs straight away when a shared link carries both ends, and says when nothing connects", async () => {
    stubFetch({
      "/api/nodes/": () => ({ body: { node: putin } }),
      "/api/paths": () => ({ body: { paths: [] } }),
    });
    act(() => useViewStore.getState().set({ pathFrom: bibi.id, pathTo: putin.id }));
    renderWithQuery(<PathFinderPanel />);
    expect((await screen.findByText(/No connection within 6 steps/)).textContent).toBeTruthy();
  });
});
