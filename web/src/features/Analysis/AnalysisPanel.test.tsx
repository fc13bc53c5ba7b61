// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GraphPayload } from "../../../../model/api.ts";
import { edgeIdOf, type GraphNode } from "../../../../model/graph.ts";
import { nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { AnalysisPanel } from "./AnalysisPanel.tsx";

const person = (id: string): GraphNode => ({ id: nodeId(id), kind: "Person", name: { ar: id, en: id } });
const met = (a: string, b: string) => ({
  id: edgeIdOf("MET", nodeId(a), nodeId(b)),
  kind: "MET" as const,
  source: nodeId(a),
  target: nodeId(b),
  weight: 1,
  evidence: [],
});

/** A star around "hub" plus a pair hanging off one spoke. */
const graph: GraphPayload = {
  nodes: ["hub", "s1", "s2", "s3", "tail"].map(person),
  edges: [met("hub", "s1"), met("hub", "s2"), met("hub", "s3"), met("s3", "tail")],
  truncated: false,
  total: { nodes: 5, edges: 4 },
};

describe("AnalysisPanel", () => {
  beforeEach(() => {
    useViewStore.getState().reset();
    stubFetch({ "/api/graph": () => ({ body: graph }) });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("ranks the drawn graph's people by links and brokerage; a click selects", async () => {
    renderWithQuery(<AnalysisPanel />);
    const top = await screen.findByTestId("top-connected");
    const rows = within(top).getAllByRole("listitem");
    expect(rows.map((r) => r.getAttribute("data-node-id"))).toEqual(["hub", "s3", "s1", "s2", "tail"]);
    expect(rows[0]?.textContent).toBe("hub3 links");
    expect(rows[4]?.textContent).toBe("tail1 link");
    const brokers = within(screen.getByTestId("brokers")).getAllByRole("listitem");
    expect(brokers.map((r) => r.getAttribute("data-node-id"))).toEqual(["hub", "s3"]);
    fireEvent.click(within(brokers[1]!).getByRole("button"));
    expect(useViewStore.getState().selected).toBe("s3");
  });

  it("sets how the canvas sizes and colours nodes", async () => {
    renderWithQuery(<AnalysisPanel />);
    fireEvent.change(screen.getByTestId("size-by"), { target: { value: "betweenness" } });
    fireEvent.change(screen.getByTestId("color-by"), { target: { value: "community" } });
    expect(useViewStore.getState()).toMatchObject({ sizeBy: "betweenness", colorBy: "community" });
  });

  it("shows which people share a colour when colouring by community", async () => {
    useViewStore.getState().set({ colorBy: "community" });
    renderWithQuery(<AnalysisPanel />);
    const legend = await screen.findByTestId("community-legend");
    const names = within(legend)
      .getAllByRole("listitem")
      .flatMap((li) => (li.textContent ?? "").split(/,? and |, /));
    expect(names.sort()).toEqual(["hub", "s1", "s2", "s3", "tail"]);
  });

  it("shows a designed empty state (not a crash) when no node is drawn, with a way back", async () => {
    const empty: GraphPayload = { nodes: [], edges: [], truncated: false, total: { nodes: 0, edges: 0 } };
    stubFetch({ "/api/graph": () => ({ body: empty }) });
    useViewStore.getState().set({ minWeight: 9, from: "2030-01-01" });
    renderWithQuery(<AnalysisPanel />);
    const state = await screen.findByTestId("status-empty");
    expect(state.textContent).toMatch(/nothing to measure/);
    expect(screen.queryByTestId("top-connected")).toBeNull();
    fireEvent.click(within(state).getByRole("button", { name: "Show everything" }));
    expect(useViewStore.getState()).toMatchObject({ minWeight: 1, from: null });
  });
});
