/**
 * What the Cypher linter must know about our database: the property keys the store writes, and for each
 * statement in neo4j/cypher.ts and neo4j/cypherReads.ts the parameters it takes, with an example value of
 * the right shape.
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
  // stories (issue 13)
  "steps",
  "stepCount",
  "createdBy",
  "createdAt",
  "updatedBy",
  "updatedAt",
  // the (:Schema) node
  "version",
  "fingerprint",
  // keys of parameter rows (the linter checks map access too)
  "target",
  "props",
  // the fulltext index's normalised name terms (neo4j/fulltext.ts), and keys of maps built in reads
  "searchTerms",
  "terms",
  "n",
  "d",
  "i",
  "raw",
] as const;

const ids = ["person:putin"];
const review = { includeRejected: false, confirmedOnly: false };
/** Both events-view statements take the same parameters (neo4j/eventsView.ts). */
const eventsView = {
  includePlanned: true,
  topics: ["topic:gas"],
  fromDay: "2017-01-01",
  toDay: "2018-01-31",
  kinds: ["Person"],
  wantArticles: false,
  filtered: true,
  minWeight: 1,
  drawn: ["PARTICIPATED_IN"],
  limit: 2000,
  ...review,
};
/** What a filtered people view keeps events by (neo4j/peopleView.ts). */
const peopleFilters = { topics: ["topic:gas"], fromDay: "2017-01-01", toDay: "2018-01-31", ...review };
const ends = { from: "person:putin", to: "person:sisi", maxLength: 6, k: 3, scan: 2000, ...review };
const timeline = {
  types: ["Meeting"],
  includePlanned: true,
  fromDay: "2017-01-01",
  toDay: "2018-01-31",
  limit: 501,
};

/** Statement name (a top-level export of neo4j/cypherReads.ts) → its parameters. */
const READ_STATEMENT_PARAMETERS: Record<string, Record<string, unknown>> = {
  READ_SCHEMA_STATEMENTS: {},
  READ_CONSOLE_ENDS: { elementIds: ["4:1b2c:17"] },
  NODES_MISSING_SEARCH_TERMS: { batchSize: 1000 },
  WRITE_SEARCH_TERMS: { rows: [{ id: "person:putin", terms: "بوتين putin" }] },
  SEARCH_NAMES: {
    query: "(بوتين^4 OR بوتين*^1)",
    pool: 100,
    kinds: ["Person"],
    boosts: { Event: 0.4 },
    limit: 10,
  },
  NEIGHBOURHOOD: {
    id: "person:putin",
    types: ["PARTICIPATED_IN"],
    withArticles: false,
    depth: 2,
    hubDegree: 1000,
    kinds: ["Person"],
    limit: 200,
    ...review,
  },
  EDGES_AMONG_SHOWN: { ids, types: ["PARTICIPATED_IN"], ...review },
  SHOWN_NODES: { ids, ...review },
  SHORTEST_PATHS_EVENTS: ends,
  SHORTEST_PATHS_PEOPLE: ends,
  SHORTEST_PATHS_VOUCHED_TIES: ends,
  PATHS_OF_LENGTH_EVENTS: { from: "a", to: "b", k: 3, scan: 2000, ...review },
  PATHS_OF_LENGTH_PEOPLE: { from: "a", to: "b", k: 3, scan: 2000, ...review },
  PATHS_OF_LENGTH_VOUCHED_TIES: { from: "a", to: "b", k: 3, scan: 2000, ...review },
  PATH_STEP_EDGES: { pairs: [{ from: "a", to: "b" }], types: ["MET"], ...review },
  PEOPLE_VIEW_TOP: { ties: ["MET"], minWeight: 1, kinds: ["Person"], limit: 2000, ...review },
  EVENTS_VIEW_TOP: eventsView,
  EVENTS_VIEW_TOP_FILTERED: eventsView,
  PEOPLE_VIEW_TIES: { ids, ties: ["MET"], minWeight: 1 },
  PEOPLE_VIEW_DERIVED_TOP: { ...peopleFilters, ties: ["MET"], minWeight: 1, kinds: ["Person"], limit: 2000 },
  PEOPLE_VIEW_DERIVED_FACTS: { ...peopleFilters, ids, ties: ["MET"] },
  NODE_DETAILS_AROUND: { id: "person:putin", quotes: 3, ...review },
  NODE_EVENT_CONTEXT: { ids: ["event:summit"], quotes: 3, ...review },
  ARTICLE_SPANS: { node: "article:a1" },
  NODE_MENTIONS_PAGE: { id: "person:putin", offset: 0, limit: 100 },
  STATS_NODES_BY_LABEL: {},
  STATS_EDGES_BY_TYPE: {},
  STATS_ARTICLES: {},
  STATS_FIRST_DATE: {},
  STATS_LAST_DATE: {},
  TIMELINE_EVENTS: { ...timeline, ...review },
  TIMELINE_OF_PARTICIPANT: { ...timeline, participant: "person:putin", ...review },
};
const types = ["PARTICIPATED_IN"];
const edgeRows = [{ id: "MET:a->b", source: "a", target: "b", props: {} }];

/** Statement name (a top-level export of neo4j/cypher.ts) → its parameters. */
export const STATEMENT_PARAMETERS: Record<string, Record<string, unknown>> = {
  READ_NODES_BY_ID: { ids },
  READ_EDGES_BY_ID: { rows: edgeRows },
  READ_EDGES_WITH_IDS: { ids: ["MET:a->b"] },
  SCHEMA_VERSION_READ: {},
  SCHEMA_VERSION_WRITE: { version: 2, fingerprint: "3f2a" },
  AWAIT_INDEXES: { seconds: 300 },
  TIE_PERSONS_OF_EVENTS: { ids: ["event:e1"] },
  PERSON_IDS_PAGE: { after: "", limit: 1000 },
  TIE_EVENT_FACTS_OF_PERSONS: { ids },
  DELETE_TIES_OF_PERSONS: { ids },
  WRITE_NODES: { rows: [{ id: "a", kind: "Person", props: {} }] },
  NODE_LABEL_BY_KIND: { ids },
  WRITE_EDGES_BY_KIND: { rows: edgeRows },
  WRITE_ARTICLE: { article: { id: "a1", text: "…" } },
  DELETE_TIES_BATCH: { batchSize: 1000 },
  DELETE_ALL_BATCH: { batchSize: 1000 },
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
  CREATE_STORY: { id: "story-abc123", props: { title: "{}", steps: "[]", stepCount: 1 } },
  UPDATE_STORY: { id: "story-abc123", props: { title: "{}", steps: "[]", stepCount: 1 } },
  READ_STORY: { id: "story-abc123" },
  LIST_STORIES: {},
  DELETE_STORY: { id: "story-abc123" },
  ...READ_STATEMENT_PARAMETERS,
};
