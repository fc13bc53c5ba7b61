/** GraphML (directed) of a graph payload, with every export column declared as a <key>. */
import type { GraphPayload } from "../../model/api.ts";
import { type Column, EDGE_COLUMNS, NODE_COLUMNS } from "./columns.ts";
import { escapeXml } from "./xml.ts";

const keyId = (domain: "node" | "edge", name: string) => `${domain[0]}_${name}`;

function keyDeclarations<T>(domain: "node" | "edge", columns: Column<T>[]): string[] {
  // id/source/target are GraphML's own attributes, not data keys.
  return columns
    .filter((c) => !["id", "source", "target"].includes(c.name))
    .map(
      (c) =>
        `  <key id="${keyId(domain, c.name)}" for="${domain}" attr.name="${c.name}" attr.type="${c.type}"/>`,
    );
}

function dataElements<T>(domain: "node" | "edge", columns: Column<T>[], item: T): string {
  return columns
    .filter((c) => !["id", "source", "target"].includes(c.name))
    .map((c) => [c.name, c.get(item)] as const)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<data key="${keyId(domain, name)}">${escapeXml(String(value))}</data>`)
    .join("");
}

export function toGraphml(payload: GraphPayload): string {
  const nodes = payload.nodes.map(
    (n) => `    <node id="${escapeXml(n.id)}">${dataElements("node", NODE_COLUMNS, n)}</node>`,
  );
  const edges = payload.edges.map(
    (e) =>
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
      `${dataElements("edge", EDGE_COLUMNS, e)}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyDeclarations("node", NODE_COLUMNS),
    ...keyDeclarations("edge", EDGE_COLUMNS),
    '  <graph id="G" edgedefault="directed">',
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
