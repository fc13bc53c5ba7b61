/**
 * Facts the catalog knows without the article saying them: a place's country. The loader uses them so
 * an article about "Aleppo" that never names Syria still links Aleppo to Syria (LOCATED_IN, origin
 * "catalog", no evidence), adding the country node from the catalog when the article has none.
 */
import type { GraphNode } from "../../model/graph.ts";
import { nodeId } from "../../model/ids.ts";
import { catalogEntry, catalogPlace } from "../catalog/index.ts";

/** The node the extractor would make for a catalog entry, or null for an id the catalog lacks. */
export function catalogNode(id: string): GraphNode | null {
  const entry = catalogEntry(id);
  if (!entry) return null;
  const node: GraphNode = { id: nodeId(entry.id), kind: entry.type, name: { ...entry.name } };
  const aliases = [...new Set([...entry.aliases, ...(entry.enAliases ?? [])])];
  if (aliases.length > 0) node.aliases = aliases;
  return node;
}

/** True when the catalog itself places `placeId` in `countryId`. */
export const catalogSaysLocatedIn = (placeId: string, countryId: string) =>
  catalogPlace(placeId)?.locatedIn === countryId;
