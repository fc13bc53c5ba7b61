// @vitest-environment jsdom
import { cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GraphPayload } from "../../../model/api.ts";
import { edgeIdOf, type GraphEdge, type GraphNode } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { renderWithQuery, stubFetch } from "../features/Timeline/renderWithQuery.tsx";
import { useAddedGraph } from "../state/addedGraph.ts";
import { useViewStore } from "../state/viewState.ts";
import { metNeighbourhood } from "./metNeighbourhood.ts";
import { useVisibleGraph } from "./useVisibleGraph.ts";

const person = (id: string): GraphNode => ({ id: nodeId(id), kind: "Person", name: { ar: id, en: id } });
const met = (a: string, b: string, weight: number): GraphEdge => ({
  id: edgeIdOf("MET", nodeId(a), nodeId(b)),
  kind: "MET",
  source: nodeId(a),
  target: nodeId(b),
  weight,
  evidence: [],
});
const payload = (nodes: GraphNode[], edges: GraphEdge[]): GraphPayload => ({
  nodes,
  edges,
  truncated: false,
  total: { nodes: nodes.length, edges: edges.length },
});

/** putin met sisi 5 times, assad once; sisi met abbas once. */
const allPeople = payload(["putin", "sisi", "assad", "abbas"].map(person), [
  met("putin", "sisi", 5),
  met("putin", "assad", 1),
  met("sisi", "abbas", 1),
]);
const frequent = payload([person("putin"), person("sisi")], [met("putin", "sisi", 5)]);
/** What /nodes/:id/neighbours answers: the events view neighbourhood, with event nodes. */
const eventNeighbours = payload(
  [person("putin"), { id: nodeId("event:x"), kind: "Event", name: { ar: "x", en: "x" }, date: "2018-01-01" }],
  [
    {
      id: edgeIdOf("PARTICIPATED_IN", nodeId("putin"), nodeId("event:x")),
      kind: "PARTICIPATED_IN",
      source: nodeId("putin"),
      target: nodeId("event:x"),
      evidence: [],
    },
  ],
);

function Probe() {
  const { data } = useVisibleGraph();
  return <output data-testid="ids">{data?.nodes.map((n) => n.id).join(" ")}</output>;
}

describe("metNeighbourhood", () => {
  it("takes the person, everyone they met and those MET edges only", () => {
    const hood = metNeighbourhood(allPeople, "putin");
    expect(hood.nodes.map((n) => n.id).sort()).toEqual(["assad", "putin", "sisi"]);
    expect(hood.edges.map((e) => e.id).sort()).toEqual(
      [met("putin", "assad", 1).id, met("putin", "sisi", 5).id].sort(),
    );
  });

  it("is empty for a node the people graph does not hold (an event expanded in the other view)", () => {
    expect(metNeighbourhood(allPeople, "event:x").nodes).toEqual([]);
  });
});

describe("useVisibleGraph expansion", () => {
  let calls: { url: URL }[];
  beforeEach(() => {
    useViewStore.getState().reset();
    calls = stubFetch({
      "/api/graph": (url) => ({ body: url.searchParams.get("minWeight") === "3" ? frequent : allPeople }),
      "/api/nodes/": () => ({ body: eventNeighbours }),
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("in the people view adds whom the person met, not events", async () => {
    useViewStore.getState().set({ view: "people", minWeight: 3 });
    renderWithQuery(<Probe />);
    await waitFor(() => expect(screen.getByTestId("ids").textContent).toBe("putin sisi"));
    useViewStore.getState().expand(nodeId("putin"));
    await waitFor(() => expect(screen.getByTestId("ids").textContent).toBe("putin sisi assad"));
    expect(calls.some((c) => c.url.pathname.includes("/neighbours"))).toBe(false);
  });

  it("in the events view still asks the server for the neighbourhood", async () => {
    useViewStore.getState().set({ minWeight: 3 });
    renderWithQuery(<Probe />);
    await waitFor(() => expect(screen.getByTestId("ids").textContent).toBe("putin sisi"));
    useViewStore.getState().expand(nodeId("putin"));
    await waitFor(() => expect(screen.getByTestId("ids").textContent).toBe("putin sisi event:x"));
    expect(calls.some((c) => c.url.pathname.endsWith("/neighbours"))).toBe(true);
  });

  it("draws what the Cypher console added, even unlinked, until it is removed", async () => {
    useViewStore.getState().set({ view: "people", minWeight: 3 });
    renderWithQuery(<Probe />);
    await waitFor(() => expect(screen.getByTestId("ids").textContent).toBe("putin sisi"));
    useAddedGraph.setState({ added: payload([person("lavrov")], []) });
    await waitFor(() => expect(screen.getByTestId("ids").textContent).toBe("putin sisi lavrov"));
    useAddedGraph.setState({ added: null });
    await waitFor(() => expect(screen.getByTestId("ids").textContent).toBe("putin sisi"));
  });
});
