/**
 * A console answer (model/cypherConsole.ts) for the screen: each cell as text for the table, and the
 * graph values as a payload the canvas can take. Pure, so it is tested without a browser.
 */
import type { GraphPayload } from "../../../../model/api.ts";
import type {
  ConsoleAnswer,
  CypherValue,
  NodeCell,
  PathCell,
  RelationshipCell,
} from "../../../../model/cypherConsole.ts";
import type { Name } from "../../../../model/graph.ts";

type NameOf = (name: Name) => string;

const tagged = (value: CypherValue, type: string): boolean =>
  !!value && typeof value === "object" && !Array.isArray(value) && value["@type"] === type;

/** A node as its name and kind when it is one of the graph's, else its labels and properties. */
const nodeText = (cell: NodeCell, nameOf: NameOf) =>
  cell.graph
    ? `${nameOf(cell.graph.name)} (${cell.graph.kind})`
    : `(:${cell.labels.join(":")} ${JSON.stringify(plain(cell.properties))})`;

const relationshipText = (cell: RelationshipCell) =>
  cell.graph ? `[:${cell.type}] ${cell.graph.source} → ${cell.graph.target}` : `[:${cell.type}]`;

const pathText = (cell: PathCell, nameOf: NameOf) =>
  cell.nodes
    .map((n, i) => {
      const rel = cell.relationships[i - 1];
      return i === 0 ? nodeText(n, nameOf) : `-[:${rel?.type}]→ ${nodeText(n, nameOf)}`;
    })
    .join(" ");

/** Graph values inside a list or map, as compact text for JSON. */
function plain(value: CypherValue): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(plain);
  if (tagged(value, "node")) return `(${(value as NodeCell).graph?.id ?? (value as NodeCell).elementId})`;
  if (tagged(value, "relationship")) return `[:${(value as RelationshipCell).type}]`;
  if (tagged(value, "path")) return `<path of ${(value as PathCell).relationships.length}>`;
  const map = tagged(value, "map") ? (value as { value: Record<string, CypherValue> }).value : value;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, plain(v as CypherValue)]));
}

/** One cell as text: strings as they are, numbers and booleans as written, null as empty. */
export function cellText(value: CypherValue, nameOf: NameOf): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value !== "object") return String(value);
  if (tagged(value, "node")) return nodeText(value as NodeCell, nameOf);
  if (tagged(value, "relationship")) return relationshipText(value as RelationshipCell);
  if (tagged(value, "path")) return pathText(value as PathCell, nameOf);
  return JSON.stringify(plain(value));
}

export function resultTable(answer: ConsoleAnswer, nameOf: NameOf): string[][] {
  return answer.rows.map((row) => row.map((cell) => cellText(cell, nameOf)));
}

/** The answer's graph nodes and edges as a payload; an edge goes only with both its ends. */
export function resultGraph(answer: ConsoleAnswer): GraphPayload | null {
  const { nodes } = answer.graph;
  if (nodes.length === 0) return null;
  const ids = new Set(nodes.map((n) => n.id));
  const edges = answer.graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges, truncated: false, total: { nodes: nodes.length, edges: edges.length } };
}
