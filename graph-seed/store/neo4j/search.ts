/**
 * search() on Neo4j with the shared name index (search/nameIndex.ts): the index is built from every node's names
 * with one query, kept up to date by this process's own writes, and rebuilt when older than a minute so
 * writes from another process (`npm run seed`) show up. Snippets come from the hits' article edges.
 */
import type { SearchHit, SearchQuery } from "../../../model/api.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { NODE_KINDS } from "../../../model/kinds.ts";
import { isRejected } from "../curation/rules.ts";
import { refOf } from "../memory/events.ts";
import { snippetFor } from "../memory/snippet.ts";
import { SearchIndex } from "../search/nameIndex.ts";
import { EDGES_AROUND, NODES_OF_KINDS } from "./cypher.ts";
import { addNodes } from "./details.ts";
import { nodeFromProps } from "./mapping.ts";
import type { CypherRunner } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap } from "./values.ts";

const MAX_AGE_MS = 60_000;

export class Neo4jSearch {
  private index: SearchIndex | null = null;
  private builtAt = 0;
  private building: Promise<SearchIndex> | null = null;

  constructor(
    private readonly db: CypherRunner,
    private readonly now: () => number = Date.now,
  ) {}

  /** After this process wrote nodes: fold them in (when an index exists) instead of rebuilding. */
  noteUpserted(nodes: GraphNode[]) {
    this.index?.upsert(nodes);
  }

  invalidate() {
    this.index = null;
  }

  private async current(): Promise<SearchIndex> {
    if (this.index && this.now() - this.builtAt < MAX_AGE_MS) return this.index;
    this.building ??= this.rebuild().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async rebuild() {
    const rows = await this.db.read(NODES_OF_KINDS, { kinds: [...NODE_KINDS] });
    const index = new SearchIndex();
    index.replaceAll(rows.map((r) => nodeFromProps(asMap(r.props))));
    this.index = index;
    this.builtAt = this.now();
    return index;
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const hits = (await this.current()).search(query);
    if (hits.length === 0) return [];
    const ids = hits.map((h) => h.id);
    const builder = new SubgraphBuilder();
    await addNodes(this.db, builder, ids);
    builder.addRows(await this.db.read(EDGES_AROUND, { ids, types: ["MENTIONS", "REPORTED_IN"] }), ["other"]);
    const { graph } = builder.build();
    return (
      hits
        // The index is refreshed by the minute; the node's review is read now, with the hit.
        .filter((hit) => graph.hasNode(hit.id) && !isRejected(graph.getNodeAttributes(hit.id)))
        .map((hit) => ({
          node: refOf(graph.getNodeAttributes(hit.id)),
          score: hit.score,
          matched: hit.matched,
          snippet: snippetFor(graph, hit.id),
        }))
    );
  }
}
