/**
 * A console result's driver values → JSON cells (model/cypherConsole.ts). Nodes and relationships of
 * the app's graph also get their GraphNode / GraphEdge, read by the same mapping as every other read
 * (neo4j/mapping.ts), so the web can add them to the canvas. A relationship only knows its ends by
 * element id: ends not returned in the rows are looked up afterwards (`missingEnds`, `addEnds`).
 */
import neo4j, { type Node, type Path, type Relationship } from "neo4j-driver";
import type { CypherValue, NodeCell, PathCell, RelationshipCell } from "../../../model/cypherConsole.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { EDGE_KINDS, NODE_KINDS } from "../../../model/kinds.ts";
import { edgeFromRecord, nodeFromProps } from "./mapping.ts";
import type { Plain } from "./values.ts";

type Props = { [key: string]: CypherValue };

const NODE_KIND_SET = new Set<string>(NODE_KINDS);
const EDGE_KIND_SET = new Set<string>(EDGE_KINDS);

/** The graph's own nodes carry the label Node and a known kind; stories and corrections do not. */
const isGraphNode = (labels: string[], props: Props) =>
  labels.includes("Node") && typeof props.id === "string" && NODE_KIND_SET.has(String(props.kind));

const isTemporal = (value: unknown) =>
  neo4j.isDate(value) ||
  neo4j.isDateTime(value) ||
  neo4j.isLocalDateTime(value) ||
  neo4j.isTime(value) ||
  neo4j.isLocalTime(value) ||
  neo4j.isDuration(value);

export class ConsoleConverter {
  private readonly nodes = new Map<string, GraphNode>();
  /** Graph node id by element id, for the ends of relationships. */
  private readonly idByElement = new Map<string, string>();
  private readonly relationships: RelationshipCell[] = [];

  convert(value: unknown): CypherValue {
    if (value === null || value === undefined) return null;
    if (neo4j.isInt(value)) {
      // Beyond ±2^53 a number would be silently wrong: such integers are sent as their digits.
      return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
    }
    if (typeof value === "bigint") return value.toString();
    if (typeof value === "boolean" || typeof value === "number" || typeof value === "string") return value;
    if (isTemporal(value)) return String(value);
    if (neo4j.isNode(value)) return this.node(value as Node);
    if (neo4j.isRelationship(value)) return this.relationship(value as Relationship);
    if (neo4j.isPath(value)) return this.path(value as Path);
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, Number);
    if (Array.isArray(value)) return value.map((v) => this.convert(v));
    if (typeof value === "object") {
      const map = this.props(value as Record<string, unknown>);
      return "@type" in map ? { "@type": "map", value: map } : map;
    }
    return String(value);
  }

  private props(source: Record<string, unknown>): Props {
    const out: Props = {};
    for (const [key, inner] of Object.entries(source)) out[key] = this.convert(inner);
    return out;
  }

  private node(node: Node): NodeCell {
    const properties = this.props(node.properties);
    const graph = isGraphNode(node.labels, properties)
      ? nodeFromProps(properties as { [k: string]: Plain })
      : null;
    if (graph) {
      this.nodes.set(graph.id, graph);
      this.idByElement.set(node.elementId, graph.id);
    }
    return { "@type": "node", elementId: node.elementId, labels: [...node.labels], properties, graph };
  }

  private relationship(rel: Relationship): RelationshipCell {
    const cell: RelationshipCell = {
      "@type": "relationship",
      elementId: rel.elementId,
      type: rel.type,
      startElementId: rel.startNodeElementId,
      endElementId: rel.endNodeElementId,
      properties: this.props(rel.properties),
      graph: null,
    };
    this.relationships.push(cell);
    return cell;
  }

  private path(path: Path): PathCell {
    const nodes = [this.node(path.start), ...path.segments.map((s) => this.node(s.end))];
    return {
      "@type": "path",
      nodes,
      relationships: path.segments.map((s) => this.relationship(s.relationship)),
    };
  }

  /** Ends of graph relationships whose node was not among the values converted. */
  missingEnds(): string[] {
    const ends = this.relationships
      .filter((r) => EDGE_KIND_SET.has(r.type) && typeof r.properties.id === "string")
      .flatMap((r) => [r.startElementId, r.endElementId]);
    return [...new Set(ends.filter((e) => !this.idByElement.has(e)))];
  }

  /** Graph nodes found by element id (from READ_CONSOLE_ENDS). */
  addEnds(ends: { elementId: string; props: { [key: string]: Plain } }[]) {
    for (const { elementId, props } of ends) {
      const node = nodeFromProps(props);
      this.nodes.set(node.id, node);
      this.idByElement.set(elementId, node.id);
    }
  }

  /** Fills in each graph relationship's GraphEdge and returns everything the rows hold for the canvas. */
  graph(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    const edges = new Map<string, GraphEdge>();
    for (const cell of this.relationships) {
      const source = this.idByElement.get(cell.startElementId);
      const target = this.idByElement.get(cell.endElementId);
      if (!source || !target || !EDGE_KIND_SET.has(cell.type) || typeof cell.properties.id !== "string")
        continue;
      cell.graph = edgeFromRecord({ props: cell.properties as { [k: string]: Plain }, source, target });
      edges.set(cell.graph.id, cell.graph);
    }
    return { nodes: [...this.nodes.values()], edges: [...edges.values()] };
  }
}
