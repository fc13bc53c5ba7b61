/**
 * What the Cypher linter must know about our database: the property keys the store writes, and for each
 * statement in neo4j/cypher.ts the parameters it takes, with an example value of the right shape.
 */

export const NEO4J_PROPERTY_KEYS = [
  // nodes
  "id",
  "kind",
  "nameAr",
  "nameEn",
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
  "nullKeys",
  // edges
  "role",
  "officeAr",
  "officeEn",
  "from",
  "to",
  "weight",
  "firstDate",
  "lastDate",
  "eventIds",
  "inferred",
  "inferredReason",
  "origin",
  "evidence",
  // article records
  "title",
  "published",
  "publishedPrecision",
  "length",
  "text",
  // review and corrections (issue 10)
  "reviewStatus",
  "reviewBy",
  "reviewAt",
  "reviewVersion",
  "curationLock",
  "at",
  "by",
  "entry",
  "orphan",
  "reason",
  // keys of parameter rows (the linter checks map access too)
  "target",
  "props",
] as const;

const ids = ["person:putin"];
const types = ["PARTICIPATED_IN"];
const edgeRows = [{ id: "MET:a->b", source: "a", target: "b", props: {} }];

/** Statement name (a top-level export of neo4j/cypher.ts) → its parameters. */
export const STATEMENT_PARAMETERS: Record<string, Record<string, unknown>> = {
  READ_NODES_BY_ID: { ids },
  READ_EDGES_BY_ID: { rows: edgeRows },
  WRITE_NODES: { rows: [{ id: "a", kind: "Person", props: {} }] },
  NODE_LABEL_BY_KIND: { ids },
  WRITE_EDGES_BY_KIND: { rows: edgeRows },
  WRITE_ARTICLE: { article: { id: "a1", text: "…" } },
  DELETE_TIES_BATCH: { batchSize: 1000 },
  DELETE_ALL_BATCH: { batchSize: 1000 },
  NODES_OF_KINDS: { kinds: ["Person"] },
  EDGES_OF_TYPES: { types },
  EDGES_AROUND: { ids, types },
  EDGES_OF_TYPES_LIGHT: { types },
  EDGES_AROUND_LIGHT: { ids, types },
  EDGES_AMONG_LIGHT: { ids, types },
  SHORTEST_PATH_LENGTH_EVENTS: { from: "a", to: "b" },
  SHORTEST_PATH_LENGTH_PEOPLE: { from: "a", to: "b" },
  TIMELINE_EVENT_IDS: {
    types: ["Meeting"],
    includePlanned: true,
    fromDay: "2017-01-01",
    toDay: "2018-01-31",
    participant: "person:putin",
    limit: 501,
  },
  ARTICLE_SUMMARIES: { ids },
  ARTICLE_BY_ID: { id: "a1" },
  LOCK_NODES: { ids },
  EDGES_OF_NODE: { id: "person:putin" },
  DELETE_EDGES_BY_ID: { rows: edgeRows },
  DELETE_NODES_BY_ID: { ids },
  REMOVE_KIND_LABELS: { ids },
  WRITE_CORRECTIONS: { rows: [{ id: "c-1", props: { at: "2026-01-01T00:00:00Z", entry: "{}" } }] },
  READ_CORRECTIONS: {},
  CLEAR_ORPHAN_MARKS: {},
  MARK_ORPHANS: { rows: [{ id: "c-1", reason: "gone" }] },
  DELETE_CORRECTIONS_BATCH: { batchSize: 1000 },
  REVIEW_QUEUE_COUNT: {},
  REVIEW_QUEUE_PAGE: { offset: 0, limit: 20 },
};
