/**
 * The part of the Neo4j graph a query needs, loaded into an embedded-store state, so the answer is
 * assembled by the very same code the embedded store uses and the two stores cannot drift apart.
 * Records are inserted in id order so iteration order does not depend on what Neo4j returned first.
 */
import type { ArticleSummary } from "../../../model/api.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import type { NodeKind } from "../../../model/kinds.ts";
import type { ArticleRecord } from "../../../model/store.ts";
import { createState, type MemoryState } from "../memory/state.ts";
import { edgeFromRecord, nodeFromProps } from "./mapping.ts";
import type { Row } from "./session.ts";
import { asMap, type PlainMap } from "./values.ts";

type Props = PlainMap;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Collects nodes and edges from several result sets, each id once. */
export class SubgraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly articles = new Map<string, ArticleRecord>();

  addNodeProps(props: Props | null | undefined) {
    if (props && typeof props.id === "string" && !this.nodes.has(props.id)) {
      this.nodes.set(props.id, nodeFromProps(props));
    }
    return this;
  }

  /** Rows shaped `{props, source, target}` (edge) plus any node maps under `nodeKeys`. */
  addRows(rows: Row[], nodeKeys: string[] = []) {
    for (const row of rows) {
      for (const key of nodeKeys) if (row[key] !== null) this.addNodeProps(asMap(row[key]));
      if (row.props && typeof row.source === "string" && typeof row.target === "string") {
        const edge = edgeFromRecord({ props: asMap(row.props), source: row.source, target: row.target });
        this.edges.set(edge.id, edge);
      }
    }
    return this;
  }

  addEdge(edge: GraphEdge) {
    this.edges.set(edge.id, edge);
    return this;
  }

  addArticle(summary: ArticleSummary, text = "") {
    this.articles.set(summary.id, { summary, text });
    return this;
  }

  hasNode(id: string) {
    return this.nodes.has(id);
  }

  nodeIds() {
    return [...this.nodes.keys()];
  }

  idsOfKind(kind: NodeKind) {
    return [...this.nodes.values()].filter((n) => n.kind === kind).map((n) => n.id);
  }

  node(id: string) {
    return this.nodes.get(id);
  }

  /** Edges whose two ends were both fetched are kept; the others lie outside the subgraph. */
  build(): MemoryState {
    const state = createState();
    for (const node of [...this.nodes.values()].sort(byId)) state.graph.addNode(node.id, node);
    for (const edge of [...this.edges.values()].sort(byId)) {
      if (this.nodes.has(edge.source) && this.nodes.has(edge.target)) {
        state.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
      }
    }
    for (const [id, record] of this.articles) state.articles.set(id, record);
    return state;
  }
}
