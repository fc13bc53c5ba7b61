import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../../model/api.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { edgeIdOf } from "../../../model/graph.ts";
import { type EdgeId, nodeId } from "../../../model/ids.ts";
import type { EdgeKind, NodeKind } from "../../../model/kinds.ts";
import { degreesOf } from "./degrees.ts";
import { communitiesOf, computeMetrics } from "./graphMetrics.ts";
import { loadMetrics, metricsOf } from "./useGraphMetrics.ts";

const node = (id: string, kind: NodeKind): GraphNode => ({ id: nodeId(id), kind, name: { ar: id, en: id } });
const edge = (kind: EdgeKind, s: string, t: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: edgeIdOf(kind, nodeId(s), nodeId(t)) as EdgeId,
  kind,
  source: nodeId(s),
  target: nodeId(t),
  evidence: [],
  ...extra,
});
const payload = (nodes: GraphNode[], edges: GraphEdge[]): GraphPayload => ({
  nodes,
  edges,
  truncated: false,
  total: { nodes: nodes.length, edges: edges.length },
});

/** Two triangles of people (a1-a2-a3, b1-b2-b3) joined only through "bridge". */
function twoGroups(): GraphPayload {
  const people = ["a1", "a2", "a3", "b1", "b2", "b3", "bridge"].map((id) => node(id, "Person"));
  const met = [
    ["a1", "a2"],
    ["a1", "a3"],
    ["a2", "a3"],
    ["b1", "b2"],
    ["b1", "b3"],
    ["b2", "b3"],
    ["a1", "bridge"],
    ["b1", "bridge"],
  ].map(([s, t]) => edge("MET", s!, t!, { weight: 1 }));
  return payload(people, met);
}

describe("computeMetrics", () => {
  it("measures an empty graph as empty instead of throwing", () => {
    const m = computeMetrics(payload([], []));
    expect(m).toMatchObject({
      degree: {},
      betweenness: {},
      communityCount: 0,
      topConnected: [],
      brokers: [],
    });
  });

  it("gives lone nodes (no edges) zero scores and their own community", () => {
    const m = computeMetrics(payload([node("x", "Person"), node("y", "Person")], []));
    expect(m.degree).toEqual({ x: 0, y: 0 });
    expect(m.communityCount).toBe(2);
    expect(m.topConnected).toEqual([]);
  });

  it("counts degree on the undirected graph, ignoring edges to nodes not drawn", () => {
    const p = payload(
      [node("p", "Person"), node("e", "Event"), node("c", "Country")],
      [edge("PARTICIPATED_IN", "p", "e"), edge("HELD_IN", "e", "c"), edge("HELD_IN", "e", "missing")],
    );
    expect(computeMetrics(p).degree).toEqual({ p: 1, e: 2, c: 1 });
  });

  it("ranks the node between two groups first among brokers", () => {
    const m = computeMetrics(twoGroups());
    expect(m.brokers[0]?.node.id).toBe("bridge");
    expect(
      m.brokers
        .map((b) => b.node.id)
        .slice(1, 3)
        .sort(),
    ).toEqual(["a1", "b1"]);
    expect(m.betweenness.a2).toBe(0);
  });

  it("ranks most connected people by degree and leaves out non-people", () => {
    const p = twoGroups();
    p.nodes.push(node("hub", "Country"));
    for (const id of ["a1", "a2", "a3", "b1", "b2"]) p.edges.push(edge("HOLDS_OFFICE", id, "hub"));
    const top = computeMetrics(p).topConnected;
    expect(top[0]).toEqual({ node: { id: "a1", kind: "Person", name: { ar: "a1", en: "a1" } }, value: 4 });
    expect(top.some((r) => r.node.id === "hub")).toBe(false);
  });

  it("keeps events and articles out of the brokers list", () => {
    const p = payload(
      [node("p1", "Person"), node("p2", "Person"), node("e", "Event")],
      [edge("PARTICIPATED_IN", "p1", "e"), edge("PARTICIPATED_IN", "p2", "e")],
    );
    expect(computeMetrics(p).brokers).toEqual([]);
  });
});

describe("communitiesOf", () => {
  it("splits two loosely joined groups of people into two communities", () => {
    const { community, count } = communitiesOf(twoGroups());
    expect(count).toBe(2);
    expect(community.a1).toBe(community.a2);
    expect(community.a2).toBe(community.a3);
    expect(community.b1).toBe(community.b3);
    expect(community.a1).not.toBe(community.b1);
  });

  it("joins people who took part in the same event (events view)", () => {
    const p = payload(
      [node("p1", "Person"), node("p2", "Person"), node("p3", "Person"), node("e", "Event")],
      [edge("PARTICIPATED_IN", "p1", "e"), edge("PARTICIPATED_IN", "p2", "e")],
    );
    const { community } = communitiesOf(p);
    expect(community.p1).toBe(community.p2);
    expect(community.p3).not.toBe(community.p1);
    expect(community.e).toBeUndefined();
  });

  it("gives unconnected people a community each instead of failing", () => {
    const { community, count } = communitiesOf(payload([node("x", "Person"), node("y", "Person")], []));
    expect(count).toBe(2);
    expect(community.x).not.toBe(community.y);
  });
});

describe("metricsOf", () => {
  it("sizes by degree before the metrics code has loaded, the same degrees graphology counts", () => {
    const p = twoGroups();
    const early = metricsOf(p);
    expect(early.degree).toEqual(computeMetrics(p).degree);
    expect(early.communityCount).toBe(0);
    expect(degreesOf({ ...p, edges: [...p.edges, ...p.edges] })).toEqual(computeMetrics(p).degree);
  });

  it("computes once per payload object", async () => {
    await loadMetrics();
    const p = twoGroups();
    expect(metricsOf(p)).toBe(metricsOf(p));
    expect(metricsOf(twoGroups())).not.toBe(metricsOf(p));
    expect(metricsOf(undefined).topConnected).toEqual([]);
  });
});
