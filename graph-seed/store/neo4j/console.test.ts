/**
 * The Neo4j store's console (neo4j/console.ts) over a runner whose console answers with real driver
 * values: cells are JSON, graph nodes and edges come back in the app's shapes, ends of bare
 * relationships are looked up, and a syntax error is refused before the database is asked.
 */
import neo4j, { type Integer } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ConsoleError, type NodeCell, type RelationshipCell } from "../../../model/cypherConsole.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { edgeId, nodeId } from "../../../model/ids.ts";
import type { ConsoleRows } from "./consoleRead.ts";
import { CONSOLE_BAD_SYNTAX, CONSOLE_READS } from "./cypherConsoleSamples.ts";
import { READ_CONSOLE_ENDS } from "./cypherReads.ts";
import { fakeRunner } from "./fakeRunner.ts";
import { createNeo4jStoreOn } from "./index.ts";
import { edgeToRow, nodeToRow } from "./mapping.ts";
import type { Params } from "./session.ts";

const LIMITS = { timeoutMs: 5000, rowLimit: 100 };
const { Node, Relationship, Path, PathSegment } = neo4j.types;

const person = (id: string, ar: string): GraphNode => ({
  id: nodeId(id),
  kind: "Person",
  name: { ar, en: null },
});
const putin = person("person:putin", "بوتين");
const sisi = person("person:sisi", "السيسي");
const met: GraphEdge = {
  id: edgeId("MET:person:putin->person:sisi"),
  kind: "MET",
  source: putin.id,
  target: sisi.id,
  weight: 2,
  firstDate: "2017-01-02",
  lastDate: "2019-03-04",
  eventIds: [nodeId("event:e1")],
  evidence: [{ articleId: "a1" as never, start: 0, end: 5, quote: "التقى" }],
};

/** Driver values as Neo4j would return them for the records written by the store. */
const driverNode = (node: GraphNode, element: string) =>
  new Node(neo4j.int(0), ["Node", node.kind], nodeToRow(node).props as never, element);
const driverEdge = (edge: GraphEdge, element: string, start: string, end: string) =>
  new Relationship(
    neo4j.int(0),
    neo4j.int(0),
    neo4j.int(1),
    edge.kind,
    edgeToRow(edge).props as never,
    element,
    start,
    end,
  );

function storeAnswering(rows: ConsoleRows, ends = new Map<string, GraphNode>()) {
  const db = fakeRunner(
    new Map([
      [
        READ_CONSOLE_ENDS,
        (params: Params) =>
          (params.elementIds as string[])
            .filter((e) => ends.has(e))
            .map((e) => ({ elementId: e, props: nodeToRow(ends.get(e)!).props as never })),
      ],
    ]),
  );
  const asked: { query: string; params: Params }[] = [];
  db.consoleRead = async (query, params) => {
    asked.push({ query, params });
    return rows;
  };
  return { store: createNeo4jStoreOn(db), db, asked };
}

describe("the Neo4j store's console", () => {
  it("returns plain values as JSON: integers as numbers, huge ones as digits, dates as ISO text", async () => {
    const huge = neo4j.int("9223372036854775807");
    const { store } = storeAnswering({
      columns: ["n", "big", "day", "list", "map"],
      records: [[neo4j.int(7), huge, new neo4j.types.Date(2019, 3, 4), [neo4j.int(1), "a"], { k: true }]],
      truncated: false,
    });
    const answer = await store.runReadOnlyCypher!(CONSOLE_READS.people, {}, LIMITS);
    expect(answer.columns).toEqual(["n", "big", "day", "list", "map"]);
    expect(answer.rows).toEqual([[7, "9223372036854775807", "2019-03-04", [1, "a"], { k: true }]]);
    expect(answer).toMatchObject({ truncated: false, limits: LIMITS, graph: { nodes: [], edges: [] } });
  });

  it("a user map with an @type key is wrapped, so it is never mistaken for a node", async () => {
    const { store } = storeAnswering({ columns: ["m"], records: [[{ "@type": "node" }]], truncated: false });
    const answer = await store.runReadOnlyCypher!(CONSOLE_READS.people, {}, LIMITS);
    expect(answer.rows[0]![0]).toEqual({ "@type": "map", value: { "@type": "node" } });
  });

  it("nodes and relationships of the graph come back as the app's GraphNode and GraphEdge", async () => {
    const { store, db } = storeAnswering({
      columns: ["a", "t", "b"],
      records: [
        [driverNode(putin, "4:x:1"), driverEdge(met, "5:x:9", "4:x:1", "4:x:2"), driverNode(sisi, "4:x:2")],
      ],
      truncated: false,
    });
    const answer = await store.runReadOnlyCypher!(CONSOLE_READS.ties, {}, LIMITS);
    const [a, t] = answer.rows[0] as [NodeCell, RelationshipCell];
    expect(a).toMatchObject({
      "@type": "node",
      elementId: "4:x:1",
      labels: ["Node", "Person"],
      graph: putin,
    });
    expect(t).toMatchObject({ "@type": "relationship", type: "MET", startElementId: "4:x:1", graph: met });
    expect(answer.graph.nodes).toEqual([putin, sisi]);
    expect(answer.graph.edges).toEqual([met]);
    // Both ends were in the rows: nothing to look up.
    expect(db.calls).toEqual([]);
  });

  it("the ends of a relationship returned alone are looked up by element id", async () => {
    const { store, db } = storeAnswering(
      {
        columns: ["t"],
        records: [[driverEdge(met, "5:x:9", "4:x:1", "4:x:2")]],
        truncated: true,
      },
      new Map([
        ["4:x:1", putin],
        ["4:x:2", sisi],
      ]),
    );
    const answer = await store.runReadOnlyCypher!(CONSOLE_READS.tiesOnly, {}, LIMITS);
    expect(db.paramsOf(READ_CONSOLE_ENDS)).toEqual([{ elementIds: ["4:x:1", "4:x:2"] }]);
    expect(answer.graph.edges).toEqual([met]);
    expect(answer.graph.nodes.map((n) => n.id).sort()).toEqual([putin.id, sisi.id]);
    expect(answer.truncated).toBe(true);
  });

  it("a path becomes its nodes and relationships; nodes outside the graph have no GraphNode", async () => {
    const story = new Node(neo4j.int(3), ["Story"], { id: "s1", title: "x" }, "4:x:3");
    const a = driverNode(putin, "4:x:1");
    const b = driverNode(sisi, "4:x:2");
    const rel = driverEdge(met, "5:x:9", "4:x:1", "4:x:2");
    const { store } = storeAnswering({
      columns: ["p", "s"],
      records: [[new Path(a, b, [new PathSegment(a, rel, b)]), story]],
      truncated: false,
    });
    const answer = await store.runReadOnlyCypher!(CONSOLE_READS.path, {}, LIMITS);
    const [path, s] = answer.rows[0] as [{ nodes: NodeCell[]; relationships: RelationshipCell[] }, NodeCell];
    expect(path).toMatchObject({ "@type": "path" });
    expect(path.nodes.map((n) => n.graph?.id)).toEqual([putin.id, sisi.id]);
    expect(path.relationships[0]!.graph).toEqual(met);
    expect(s).toMatchObject({ labels: ["Story"], properties: { id: "s1", title: "x" }, graph: null });
    expect(answer.graph.nodes).toHaveLength(2);
  });

  it("sends whole-number parameters as Cypher integers and the rest as given", async () => {
    const { store, asked } = storeAnswering({ columns: [], records: [], truncated: false });
    await store.runReadOnlyCypher!(
      CONSOLE_READS.withParams,
      { id: "person:putin", n: 3, f: 1.5, l: [2] },
      LIMITS,
    );
    const params = asked[0]!.params;
    expect(neo4j.isInt(params.n)).toBe(true);
    expect((params.n as Integer).toNumber()).toBe(3);
    expect(params.f).toBe(1.5);
    expect(neo4j.isInt((params.l as unknown[])[0])).toBe(true);
    expect(params.id).toBe("person:putin");
  });

  it("refuses bad syntax with the parser's message and position, without asking the database", async () => {
    const { store, asked } = storeAnswering({ columns: [], records: [], truncated: false });
    const thrown = await store.runReadOnlyCypher!(CONSOLE_BAD_SYNTAX.unclosed, {}, LIMITS).catch((e) => e);
    expect(thrown).toBeInstanceOf(ConsoleError);
    expect(thrown).toMatchObject({ code: "syntax" });
    expect((thrown as Error).message).toMatch(/line 1, column 10: Invalid input 'RETURN'/);
    expect(asked).toEqual([]);
  });

  it("a runner that cannot run console queries answers not-supported", async () => {
    const store = createNeo4jStoreOn(fakeRunner(new Map()));
    await expect(store.runReadOnlyCypher!(CONSOLE_READS.people, {}, LIMITS)).rejects.toMatchObject({
      code: "not-supported",
    });
  });
});
