/** A console answer as the table's text and the canvas's payload (consoleResult.ts). */
import { describe, expect, it } from "vitest";
import type { ConsoleAnswer, NodeCell, RelationshipCell } from "../../../../model/cypherConsole.ts";
import type { GraphEdge, GraphNode, Name } from "../../../../model/graph.ts";
import type { EdgeId, NodeId } from "../../../../model/ids.ts";
import { cellText, resultGraph, resultTable } from "./consoleResult.ts";

const nameOf = (n: Name) => n.en ?? n.ar;
const person = (id: string, en: string): GraphNode => ({
  id: id as NodeId,
  kind: "Person",
  name: { ar: `ar-${en}`, en },
});
const [putin, sisi, lavrov] = [
  person("person:putin", "Putin"),
  person("person:sisi", "Sisi"),
  person("person:lavrov", "Lavrov"),
];
const met = (a: GraphNode, b: GraphNode): GraphEdge => ({
  id: `MET:${a.id}->${b.id}` as EdgeId,
  kind: "MET",
  source: a.id,
  target: b.id,
  evidence: [],
});
const nodeCell = (node: GraphNode, element: string): NodeCell => ({
  "@type": "node",
  elementId: element,
  labels: ["Node", "Person"],
  properties: { id: node.id },
  graph: node,
});
const relCell = (edge: GraphEdge): RelationshipCell => ({
  "@type": "relationship",
  elementId: "5:1",
  type: edge.kind,
  startElementId: "4:1",
  endElementId: "4:2",
  properties: {},
  graph: edge,
});

const answer = (over: Partial<ConsoleAnswer>): ConsoleAnswer => ({
  columns: [],
  rows: [],
  truncated: false,
  limits: { timeoutMs: 5000, rowLimit: 1000 },
  graph: { nodes: [], edges: [] },
  ...over,
});

describe("cellText", () => {
  it("writes plain values as they are, null as empty, lists and maps as JSON", () => {
    expect(cellText("بوتين", nameOf)).toBe("بوتين");
    expect(cellText(3, nameOf)).toBe("3");
    expect(cellText(false, nameOf)).toBe("false");
    expect(cellText(null, nameOf)).toBe("");
    expect(cellText([1, "a", null], nameOf)).toBe('[1,"a",null]');
    expect(cellText({ k: [2] }, nameOf)).toBe('{"k":[2]}');
  });

  it("writes a graph node by its name and kind, in the interface language", () => {
    expect(cellText(nodeCell(putin, "4:1"), nameOf)).toBe("Putin (Person)");
    expect(cellText(nodeCell(putin, "4:1"), (n) => n.ar)).toBe("ar-Putin (Person)");
  });

  it("writes another node by its labels and properties", () => {
    const story: NodeCell = {
      "@type": "node",
      elementId: "4:9",
      labels: ["Story"],
      properties: { id: "s1" },
      graph: null,
    };
    expect(cellText(story, nameOf)).toBe('(:Story {"id":"s1"})');
  });

  it("writes a relationship by type and ends, and a path step by step", () => {
    expect(cellText(relCell(met(putin, sisi)), nameOf)).toBe("[:MET] person:putin → person:sisi");
    const path = {
      "@type": "path" as const,
      nodes: [nodeCell(putin, "4:1"), nodeCell(sisi, "4:2")],
      relationships: [relCell(met(putin, sisi))],
    };
    expect(cellText(path, nameOf)).toBe("Putin (Person) -[:MET]→ Sisi (Person)");
  });

  it("shows graph values inside lists compactly and unwraps a wrapped map", () => {
    expect(cellText([nodeCell(putin, "4:1")], nameOf)).toBe('["(person:putin)"]');
    expect(cellText({ "@type": "map", value: { "@type": "x" } }, nameOf)).toBe('{"@type":"x"}');
  });
});

describe("resultTable", () => {
  it("gives one text row per answer row, in column order", () => {
    const table = resultTable(
      answer({
        columns: ["p", "n"],
        rows: [
          [nodeCell(putin, "4:1"), 2],
          [nodeCell(sisi, "4:2"), null],
        ],
      }),
      nameOf,
    );
    expect(table).toEqual([
      ["Putin (Person)", "2"],
      ["Sisi (Person)", ""],
    ]);
  });
});

describe("resultGraph", () => {
  it("is null when the rows hold no graph node: nothing to add to the canvas", () => {
    expect(resultGraph(answer({ rows: [[1]] }))).toBeNull();
  });

  it("gives the nodes and the edges whose two ends are among them", () => {
    const payload = resultGraph(
      answer({ graph: { nodes: [putin, sisi], edges: [met(putin, sisi), met(putin, lavrov)] } }),
    );
    expect(payload?.nodes.map((n) => n.id)).toEqual(["person:putin", "person:sisi"]);
    expect(payload?.edges.map((e) => e.id)).toEqual(["MET:person:putin->person:sisi"]);
    expect(payload?.total).toEqual({ nodes: 2, edges: 1 });
  });
});
