/**
 * Every Cypher statement the project sends, as named constants. Values always travel as `$parameters`;
 * labels and relationship types cannot be parameters, so statements that need one come from a fixed
 * per-kind map of literal statements. neo4j/cypher.test.ts lints each export with Neo4j's own analyzer.
 *
 * Graph model: every graph node is `(:Node:<Kind> {id, kind, nameAr, nameEn, …})`, every edge a
 * relationship typed by its EdgeKind; article texts live apart in `(:ArticleRecord {id, …, text})`.
 */
import { EDGE_KINDS, type EdgeKind, type NodeKind } from "../../../model/kinds.ts";

const EDGE_KIND_LIST: readonly EdgeKind[] = EDGE_KINDS;

// ── Schema (init, versioned) ────────────────────────────────────────────────────

/**
 * Bump when a statement below changes meaning (adding or removing one changes the fingerprint anyway):
 * init() compares both with the (:Schema) node and runs nothing when they match.
 */
export const SCHEMA_VERSION = 2;

/** Edge ids are unique per relationship type, so a clash inside a type cannot be written even by another process. */
const EDGE_ID_CONSTRAINTS = EDGE_KIND_LIST.map(
  (kind) =>
    `CREATE CONSTRAINT edge_id_${kind.toLowerCase()} IF NOT EXISTS FOR ()-[r:${kind}]-() REQUIRE r.id IS UNIQUE`,
);

const CONSTRAINTS = [
  "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT article_record_id IF NOT EXISTS FOR (a:ArticleRecord) REQUIRE a.id IS UNIQUE",
  // Curation (issue 10): corrections by id.
  "CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE",
  // Stories (issue 13).
  "CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE",
  ...EDGE_ID_CONSTRAINTS,
];

const RANGE_INDEXES = [
  "CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)",
  "CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)",
  "CREATE INDEX met_weight IF NOT EXISTS FOR ()-[m:MET]-() ON (m.weight)",
  "CREATE INDEX spoke_with_weight IF NOT EXISTS FOR ()-[s:SPOKE_WITH]-() ON (s.weight)",
  // Curation: the audit filters read corrections by time and author, the review queue events by status.
  "CREATE INDEX correction_at IF NOT EXISTS FOR (c:Correction) ON (c.at)",
  "CREATE INDEX correction_by IF NOT EXISTS FOR (c:Correction) ON (c.by)",
  "CREATE INDEX event_review_status IF NOT EXISTS FOR (e:Event) ON (e.reviewStatus)",
];

/**
 * Schema commands, each in a transaction of its own (Neo4j does not mix them with data writes). FULLTEXT
 * indexes live beside the search reads and reach neo4j/schema.ts's ensureSchema as its `extra` statements,
 * which it runs and fingerprints with these.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [...CONSTRAINTS, ...RANGE_INDEXES];

export const SCHEMA_VERSION_READ = `
MATCH (s:Schema {id: 'graph'})
RETURN s.version AS version, s.fingerprint AS fingerprint`;

export const SCHEMA_VERSION_WRITE = `
MERGE (s:Schema {id: 'graph'})
SET s.version = $version, s.fingerprint = $fingerprint`;

/** New indexes fill in the background: wait, so the first query after init() finds them online. */
export const AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)";

export const PING = "RETURN 1 AS ok";

// ── Writes ───────────────────────────────────────────────────────────────────

/** Existing records for a batch, read before merging (the merge rules live in TypeScript). */
export const READ_NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n {.*} AS props`;

export const READ_EDGES_BY_ID = `
UNWIND $rows AS row
MATCH (a:Node {id: row.source})-[r]->(b:Node {id: row.target})
WHERE r.id = row.id
RETURN r {.*} AS props, a.id AS source, b.id AS target`;

/**
 * Stored edges with some ids, whatever their ends and type: an upsert must see an id already used by an
 * edge between other nodes (and refuse it), not write a second relationship with it. One comprehension per
 * type, so each lookup is a seek on that type's edge-id constraint, not a scan of every relationship.
 */
export const READ_EDGES_WITH_IDS = `
UNWIND $ids AS id
WITH ${EDGE_KIND_LIST.map(
  (kind) => `[(a:Node)-[r:${kind} {id: id}]->(b:Node) | {props: r {.*}, source: a.id, target: b.id}]`,
).join("\n  + ")} AS found
UNWIND found AS edge
RETURN edge.props AS props, edge.source AS source, edge.target AS target`;

/** Writes whole node records; the kind label is added by NODE_LABEL_BY_KIND. */
export const WRITE_NODES = `
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props
RETURN count(n) AS written`;

export const NODE_LABEL_BY_KIND: Readonly<Record<NodeKind, string>> = {
  Person: "UNWIND $ids AS id MATCH (n:Node {id: id}) SET n:Person",
  Country: "UNWIND $ids AS id MATCH (n:Node {id: id}) SET n:Country",
  Place: "UNWIND $ids AS id MATCH (n:Node {id: id}) SET n:Place",
  Organization: "UNWIND $ids AS id MATCH (n:Node {id: id}) SET n:Organization",
  Topic: "UNWIND $ids AS id MATCH (n:Node {id: id}) SET n:Topic",
  Event: "UNWIND $ids AS id MATCH (n:Node {id: id}) SET n:Event",
  Article: "UNWIND $ids AS id MATCH (n:Node {id: id}) SET n:Article",
};

/** Writes whole edge records, one literal statement per relationship type. */
export const WRITE_EDGES_BY_KIND: Readonly<Record<EdgeKind, string>> = {
  PARTICIPATED_IN: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
  HELD_IN: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:HELD_IN {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
  DISCUSSED: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:DISCUSSED {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
  REPORTED_IN: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:REPORTED_IN {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
  MENTIONS: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:MENTIONS {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
  HOLDS_OFFICE: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:HOLDS_OFFICE {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
  LOCATED_IN: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
  MET: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:MET {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
  SPOKE_WITH: `UNWIND $rows AS row MATCH (a:Node {id: row.source}) MATCH (b:Node {id: row.target})
MERGE (a)-[r:SPOKE_WITH {id: row.id}]->(b) SET r = row.props RETURN count(r) AS written`,
};

export const WRITE_ARTICLE = `
MERGE (a:ArticleRecord {id: $article.id})
SET a = $article`;

/** The ties (MET, SPOKE_WITH) are rebuilt from scratch: drop the old pairs in batches, then write the new ones. */
export const DELETE_TIES_BATCH = `
MATCH ()-[t:MET|SPOKE_WITH]->()
WITH t LIMIT $batchSize
DELETE t
RETURN count(*) AS deleted`;

export const DELETE_ALL_BATCH = `
MATCH (n)
WHERE n:Node OR n:ArticleRecord
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted`;

// ── Reads: subgraphs that the shared assembly code turns into payloads ─────────

/** One page of person ids in id order, for the full tie rebuild (a pair is derived with its first person). */
export const PERSON_IDS_PAGE = `
MATCH (p:Node:Person)
WHERE p.id > $after
RETURN p.id AS id
ORDER BY p.id
LIMIT $limit`;

/** The persons taking part in some events (rejected participations too: their pairs may have to go). */
export const TIE_PERSONS_OF_EVENTS = `
UNWIND $ids AS id
MATCH (p:Person)-[:PARTICIPATED_IN]->(:Node {id: id})
RETURN DISTINCT p.id AS id`;

/**
 * The tie facts of every event some persons take part in (all a pair of theirs is derived from), for each
 * event with two or more person participants: its type (meeting or call), date and occasion key, and per
 * person the sentences that name them (PARTICIPATED_IN evidence).
 */
export const TIE_EVENT_FACTS_OF_PERSONS = `
UNWIND $ids AS id
MATCH (:Node {id: id})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e
WHERE e.reviewStatus IS NULL OR e.reviewStatus <> 'rejected'
WITH e, [(p:Person)-[r:PARTICIPATED_IN]->(e)
  WHERE r.reviewStatus IS NULL OR r.reviewStatus <> 'rejected' | {id: p.id, evidence: r.evidence}] AS persons
WHERE size(persons) > 1
RETURN e.id AS id, e.eventType AS eventType, e.date AS date, e.encounter AS encounter,
  coalesce(e.planned, false) AS planned, persons,
  [(e)-[r:REPORTED_IN]->(:Node) | r {.id, .evidence}] AS reports`;

/** Drops the ties touching some persons, before theirs are written anew. */
export const DELETE_TIES_OF_PERSONS = `
UNWIND $ids AS id
MATCH (:Node {id: id})-[t:MET|SPOKE_WITH]-(:Node)
WITH DISTINCT t
DELETE t
RETURN count(*) AS deleted`;

// ── Reads: articles ──────────────────────────────────────────────────────────

export const ARTICLE_SUMMARIES = `
MATCH (a:ArticleRecord)
WHERE $ids IS NULL OR a.id IN $ids
RETURN a {.id, .title, .published, .publishedPrecision, .source, .language, .length, .lede} AS summary`;

export const ARTICLE_BY_ID = `
MATCH (a:ArticleRecord {id: $id})
RETURN a {.*} AS article`;

// ── Curation (issue 10): every statement of neo4j/curation.ts, run inside one write transaction ─────

/**
 * Takes the write locks of the nodes a change is about before anything is read, so two editors changing
 * the same fact run one after the other and the second sees the first's version (a 409), never a lost
 * update. Writing a property is how Cypher takes a node's write lock; it is removed in the same statement.
 */
export const LOCK_NODES = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
SET n.curationLock = true
REMOVE n.curationLock
RETURN count(n) AS locked`;

/** A node's relationships in both directions, the derived ties left out. */
export const EDGES_OF_NODE = `
MATCH (n:Node {id: $id})-[r]-(m:Node)
WHERE NOT type(r) IN ['MET', 'SPOKE_WITH']
RETURN r {.*} AS props, startNode(r).id AS source, endNode(r).id AS target`;

export const DELETE_EDGES_BY_ID = `
UNWIND $rows AS row
MATCH (a:Node {id: row.source})-[r]->(b:Node {id: row.target})
WHERE r.id = row.id
DELETE r
RETURN count(*) AS deleted`;

export const DELETE_NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
DETACH DELETE n
RETURN count(*) AS deleted`;

/** Before a node is written with a new kind: its old kind label goes (NODE_LABEL_BY_KIND adds the new). */
export const REMOVE_KIND_LABELS = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
REMOVE n:Person:Country:Place:Organization:Topic:Event:Article
RETURN count(n) AS relabelled`;

/** Corrections are audit entries: created once, never updated but for the orphan mark. */
export const WRITE_CORRECTIONS = `
UNWIND $rows AS row
CREATE (c:Correction {id: row.id})
SET c += row.props
RETURN count(c) AS written`;

export const READ_CORRECTIONS = `
MATCH (c:Correction)
RETURN c.entry AS entry, c.orphan AS orphan
ORDER BY c.id`;

export const CLEAR_ORPHAN_MARKS = `
MATCH (c:Correction)
WHERE c.orphan IS NOT NULL
REMOVE c.orphan
RETURN count(c) AS cleared`;

export const MARK_ORPHANS = `
UNWIND $rows AS row
MATCH (c:Correction {id: row.id})
SET c.orphan = row.reason
RETURN count(c) AS marked`;

export const DELETE_CORRECTIONS_BATCH = `
MATCH (c:Correction)
WITH c LIMIT $batchSize
DETACH DELETE c
RETURN count(*) AS deleted`;

export const REVIEW_QUEUE_COUNT = `
MATCH (e:Event)
WHERE e.reviewStatus IS NULL OR e.reviewStatus = 'extracted'
RETURN count(e) AS count`;

export const REVIEW_QUEUE_PAGE = `
MATCH (e:Event)
WHERE e.reviewStatus IS NULL OR e.reviewStatus = 'extracted'
RETURN e.id AS id
ORDER BY coalesce(e.confidence, -1.0), e.id
SKIP $offset
LIMIT $limit`;

// ── Stories (issue 13): apart from the graph (:Node), so clear() and a reseed keep them ──────────────

/** Title and steps are JSON strings (a property cannot hold a list of maps). */
export const CREATE_STORY = `
CREATE (s:Story {id: $id})
SET s += $props
RETURN s.id AS id`;

export const UPDATE_STORY = `
MATCH (s:Story {id: $id})
SET s += $props
RETURN s.id AS id`;

export const READ_STORY = `
MATCH (s:Story {id: $id})
RETURN s.id AS id, s.title AS title, s.steps AS steps, s.createdBy AS createdBy,
       s.createdAt AS createdAt, s.updatedBy AS updatedBy, s.updatedAt AS updatedAt`;

export const LIST_STORIES = `
MATCH (s:Story)
RETURN s.id AS id, s.title AS title, s.stepCount AS stepCount, s.updatedAt AS updatedAt
ORDER BY s.updatedAt DESC, s.id`;

export const DELETE_STORY = `
MATCH (s:Story {id: $id})
DELETE s
RETURN count(*) AS deleted`;
