import { describe, expect, it } from "vitest";
import { generateGraph } from "../../bench/generateGraph.ts";
import { clusterElements } from "./clusterElements.ts";
import { CLUSTER_PREFIX, DEFAULT_LEADERS, overviewOf, TIES_PER_NODE } from "./overview.ts";
import { structureOf } from "./structure.ts";

const graph = generateGraph(5000);
const structure = structureOf(graph);
const base = { threshold: 400, expanded: [], keep: [] };

describe("the overview of a large graph", () => {
  it("is not used under the threshold or when switched off", () => {
    expect(overviewOf(graph, structure, { ...base, threshold: graph.nodes.length })).toBeNull();
    expect(overviewOf(graph, structure, { ...base, threshold: 0 })).toBeNull();
  });

  it("keeps the most connected nodes and folds every other node into exactly one cluster", () => {
    const o = overviewOf(graph, structure, base)!;
    expect(o.graph.nodes.length).toBeGreaterThanOrEqual(DEFAULT_LEADERS);
    const maxDegree = Math.max(...Object.values(structure.degree));
    expect(o.graph.nodes.some((n) => structure.degree[n.id as string] === maxDegree)).toBe(true);
    const folded = o.clusters.flatMap((c) => c.members);
    expect(new Set(folded).size).toBe(folded.length);
    expect(folded.length).toBe(o.hidden);
    expect(o.hidden + o.graph.nodes.length).toBe(graph.nodes.length);
    const drawn = new Set<string>(o.graph.nodes.map((n) => n.id));
    expect(folded.some((id) => drawn.has(id))).toBe(false);
  });

  it("draws only edges between drawn nodes, and ties that reach drawn things", () => {
    const o = overviewOf(graph, structure, base)!;
    const drawn = new Set<string>([...o.graph.nodes.map((n) => n.id), ...o.clusters.map((c) => c.id)]);
    for (const e of o.graph.edges) expect(drawn.has(e.source) && drawn.has(e.target)).toBe(true);
    for (const t of o.ties) expect(drawn.has(t.source) && drawn.has(t.target)).toBe(true);
    expect(o.ties.every((t) => t.weight > 0)).toBe(true);
    expect(o.ties.length).toBeLessThanOrEqual(drawn.size * TIES_PER_NODE);
  });

  it("names a cluster by its most connected member, the same on every run", () => {
    const a = overviewOf(graph, structure, base)!;
    const b = overviewOf(generateGraph(5000), structureOf(generateGraph(5000)), base)!;
    expect(b.clusters.map((c) => c.id)).toEqual(a.clusters.map((c) => c.id));
    for (const c of a.clusters) {
      expect(c.id).toBe(`${CLUSTER_PREFIX}${c.top.id}`);
      const top = Math.max(...c.members.map((m) => structure.degree[m] ?? 0));
      expect(structure.degree[c.top.id as string]).toBe(top);
    }
  });

  it("draws the members of an opened cluster instead of the cluster", () => {
    const o = overviewOf(graph, structure, base)!;
    const target = o.clusters[0]!;
    const opened = overviewOf(graph, structure, { ...base, expanded: [target.id] })!;
    expect(opened.clusters.map((c) => c.id)).not.toContain(target.id);
    const drawn = new Set<string>(opened.graph.nodes.map((n) => n.id));
    for (const m of target.members) expect(drawn.has(m)).toBe(true);
    expect(opened.hidden).toBe(o.hidden - target.members.length);
  });

  it("keeps a selected node drawn even when it would be folded", () => {
    const o = overviewOf(graph, structure, base)!;
    const folded = o.clusters[0]!.members.at(-1)!;
    const kept = overviewOf(graph, structure, { ...base, keep: [folded] })!;
    expect(kept.graph.nodes.map((n) => n.id)).toContain(folded);
  });

  it("turns clusters into labelled elements with their count, nodes before their ties", () => {
    const o = overviewOf(graph, structure, base)!;
    const els = clusterElements(o, "en");
    const first = els.find((e) => e.group === "nodes")!;
    expect(first.data.kind).toBe("Cluster");
    expect(first.data.count).toBe(o.clusters[0]!.members.length);
    expect(String(first.data.label)).toContain(`+${o.clusters[0]!.members.length - 1}`);
    const lastNode = els.findLastIndex((e) => e.group === "nodes");
    const firstEdge = els.findIndex((e) => e.group === "edges");
    expect(firstEdge === -1 || firstEdge > lastNode).toBe(true);
  });
});
