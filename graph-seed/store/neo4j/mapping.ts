/**
 * GraphNode / GraphEdge ⇄ Neo4j property maps. Records are written whole (`SET x = row.props`) after the
 * merge is done in TypeScript. Neo4j drops null properties, so keys that are null are listed in `nullKeys`:
 * reading gives back exactly the null / absent / value that was written.
 */
import type { Integer } from "neo4j-driver";
import type { NodeRef } from "../../../model/api.ts";
import type { GraphEdge, GraphNode, Name, Review, ReviewStatus } from "../../../model/graph.ts";
import { edgeId, type NodeId, nodeId } from "../../../model/ids.ts";
import type { EdgeKind, NodeKind } from "../../../model/kinds.ts";
import { decodeEvidence, encodeEvidence } from "./evidence.ts";
import { searchTermsOf } from "./fulltext.ts";
import { type Plain, toCypherInt } from "./values.ts";

type Props = { [key: string]: Plain };
/** What a write sends: plain values, plus driver Integers for whole numbers. */
export type WriteProps = { [key: string]: Plain | Integer };

/** Stored node fields; `dateUncertain` is not one: it belongs to an answer, never to the graph. */
const NODE_FIELDS = [
  "aliases",
  "eventType",
  "date",
  "datePrecision",
  "dateFrom",
  "dateTo",
  "planned",
  "background",
  "encounter",
  "confidence",
  "cues",
  "source",
  "language",
] as const;
const EDGE_FIELDS = [
  "role",
  "confidence",
  "office",
  "from",
  "to",
  "weight",
  "firstDate",
  "lastDate",
  "eventIds",
  "inferred",
  "inferredReason",
  "origin",
] as const;

/** Copies the optional fields that are set; nulls go to `nullKeys` (Neo4j cannot store them). */
const fieldProps = (fields: readonly string[], source: object) => {
  const props: WriteProps = {};
  const nullKeys: string[] = [];
  for (const key of fields) {
    const value = (source as Record<string, Plain | undefined>)[key];
    if (value === null) nullKeys.push(key);
    else if (value !== undefined) props[key] = value;
  }
  return { props, nullKeys };
};

/**
 * Review (issue 10) as flat properties, since Neo4j cannot store a map: reviewStatus (indexed for the
 * queue), reviewBy, reviewAt, reviewVersion. Absent on a record never reviewed.
 */
function reviewProps(review: Review | undefined): WriteProps {
  if (!review) return {};
  const props: WriteProps = { reviewStatus: review.status, reviewVersion: toCypherInt(review.version) };
  if (review.by !== null) props.reviewBy = review.by;
  if (review.at !== null) props.reviewAt = review.at;
  return props;
}

function reviewFromProps(p: Props): Review | undefined {
  if (typeof p.reviewStatus !== "string") return undefined;
  return {
    status: p.reviewStatus as ReviewStatus,
    by: str(p.reviewBy),
    at: str(p.reviewAt),
    version: typeof p.reviewVersion === "number" ? p.reviewVersion : 0,
  };
}

/** A node write row: its id and kind (for the label statement) and the whole property map. */
export const nodeToRow = (node: GraphNode) => {
  const { props, nullKeys } = fieldProps(NODE_FIELDS, node);
  Object.assign(props, reviewProps(node.review));
  Object.assign(props, { id: node.id, kind: node.kind, nameAr: node.name.ar, nullKeys });
  if (node.name.en !== null) props.nameEn = node.name.en;
  // Not a field of the record: the normalised name terms the fulltext index reads (neo4j/fulltext.ts).
  props.searchTerms = searchTermsOf(node);
  return { id: node.id, kind: node.kind, props };
};

/** An edge write row: its ends and the whole property map, evidence encoded as JSON strings. */
export const edgeToRow = (edge: GraphEdge) => {
  const { props, nullKeys } = fieldProps(
    EDGE_FIELDS.filter((k) => k !== "office"),
    edge,
  );
  if (edge.office === null) nullKeys.push("office");
  else if (edge.office !== undefined) {
    props.officeAr = edge.office.ar;
    if (edge.office.en !== null) props.officeEn = edge.office.en;
  }
  // Counts go to Neo4j as integers, not floats (a JS number would be sent as a float).
  if (typeof edge.weight === "number" && Number.isInteger(edge.weight))
    props.weight = toCypherInt(edge.weight);
  Object.assign(props, reviewProps(edge.review), {
    id: edge.id,
    kind: edge.kind,
    nullKeys,
    evidence: edge.evidence.map(encodeEvidence),
  });
  return { id: edge.id, kind: edge.kind, source: edge.source, target: edge.target, props };
};

const str = (v: Plain | undefined) => (typeof v === "string" ? v : null);
const nameOf = (p: Props): Name => ({ ar: str(p.nameAr) ?? "", en: str(p.nameEn) });
const nullKeysOf = (p: Props) => new Set(Array.isArray(p.nullKeys) ? p.nullKeys.map(String) : []);

export const nodeRefFromProps = (p: Props): NodeRef => ({
  id: nodeId(String(p.id)),
  kind: String(p.kind) as NodeKind,
  name: nameOf(p),
});

export const nodeFromProps = (p: Props): GraphNode => {
  const node: Record<string, unknown> = { ...nodeRefFromProps(p) };
  const nulls = nullKeysOf(p);
  for (const key of NODE_FIELDS) {
    if (p[key] !== undefined && p[key] !== null) node[key] = p[key];
    else if (nulls.has(key)) node[key] = null;
  }
  const review = reviewFromProps(p);
  if (review) node.review = review;
  return node as unknown as GraphNode;
};

/** An edge as read: its properties plus the ids at either end (Neo4j keeps those in the pattern). */
export interface EdgeRecord {
  props: Props;
  source: string;
  target: string;
}

export const edgeFromRecord = ({ props: p, source, target }: EdgeRecord): GraphEdge => {
  const edge: Record<string, unknown> = {
    id: edgeId(String(p.id)),
    kind: String(p.kind) as EdgeKind,
    source: nodeId(source) as NodeId,
    target: nodeId(target) as NodeId,
  };
  const nulls = nullKeysOf(p);
  for (const key of EDGE_FIELDS) {
    const stored = key === "office" ? p.officeAr : p[key];
    if (stored !== undefined && stored !== null) {
      edge[key] = key === "office" ? { ar: str(p.officeAr) ?? "", en: str(p.officeEn) } : stored;
    } else if (nulls.has(key)) edge[key] = null;
  }
  if (Array.isArray(edge.eventIds)) edge.eventIds = edge.eventIds.map((v) => nodeId(String(v)));
  const evidence = Array.isArray(p.evidence) ? p.evidence : [];
  edge.evidence = evidence.map((raw) => decodeEvidence(String(raw)));
  const review = reviewFromProps(p);
  if (review) edge.review = review;
  return edge as unknown as GraphEdge;
};
