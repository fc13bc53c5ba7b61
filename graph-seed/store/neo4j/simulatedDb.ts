/**
 * TEST SUPPORT ONLY. A CypherRunner that answers each statement of neo4j/cypher.ts, and the simple ones of
 * neo4j/cypherReads.ts, by a JavaScript rendering of what that statement does, over an in-memory property
 * graph. It lets the tests drive the Neo4j store's writes, stats, timeline, details and filtered people
 * views with no
 * server, and compare those answers with the embedded store's. It proves nothing about Cypher itself: that
 * is the linter's job, and the contract suite's when NEO4J_URI points at a real Neo4j. What only the
 * database can do (the fulltext index, the ego network, k paths, the ranked views) is not imitated:
 * DATABASE_ONLY lists it, and its tests check the statements sent and how their rows are read.
 */
import { eventInterval } from "../../../model/dateInterval.ts";
import { EDGE_KINDS, NODE_KINDS } from "../../../model/kinds.ts";
import { edgeShown, nodeShown } from "../curation/rules.ts";
import * as cypher from "./cypher.ts";
import * as reads from "./cypherReads.ts";
import { edgeFromRecord, nodeFromProps } from "./mapping.ts";
import type { CypherRunner, Params, Row } from "./session.ts";
import { DETAILS_HANDLERS } from "./simulatedDetails.ts";
import { STORY_HANDLERS } from "./simulatedStories.ts";
import { type Plain, toJsNumber, toPlain } from "./values.ts";

type Props = Record<string, Plain>;
interface SimNode {
  labels: Set<string>;
  props: Props;
}
interface SimRel {
  type: string;
  start: string;
  end: string;
  props: Props;
}
type Handler = (db: SimulatedGraph, p: Params) => Row[];

/** A copy of a flat property map; driver Integers are immutable and kept as they are, as Neo4j would. */
const copy = (props: Props): Props =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));

/** `SET x = map`: replaces every property; null values are simply not stored, as in Neo4j. */
const withoutNulls = (map: unknown): Props =>
  copy(Object.fromEntries(Object.entries(map as Props).filter(([, v]) => v !== null && v !== undefined)));

const arr = (v: unknown) => v as string[];

export class SimulatedGraph {
  readonly nodes = new Map<string, SimNode>();
  readonly rels: SimRel[] = [];
  readonly articles = new Map<string, Props>();
  /** (:Correction) nodes by id. */
  readonly corrections = new Map<string, Props>();
  /** The (:Schema) node, once init() has written it. */
  schema: { version: number; fingerprint: string } | null = null;
  /** Every statement run, in order, for tests that check how the store talks to the database. */
  readonly log: { query: string; params: Params }[] = [];

  /** What a write transaction may change, copied so a failed one can be rolled back. */
  checkpoint() {
    const nodes = [...this.nodes].map(
      ([id, n]) => [id, { labels: new Set(n.labels), props: copy(n.props) }] as const,
    );
    const rels = this.rels.map((r) => ({ ...r, props: copy(r.props) }));
    const articles = [...this.articles].map(([id, a]) => [id, copy(a)] as const);
    const corrections = [...this.corrections].map(([id, c]) => [id, copy(c)] as const);
    const schema = this.schema;
    return () => {
      this.nodes.clear();
      for (const [id, n] of nodes) this.nodes.set(id, n);
      this.rels.splice(0, this.rels.length, ...rels);
      this.articles.clear();
      for (const [id, a] of articles) this.articles.set(id, a);
      this.corrections.clear();
      for (const [id, c] of corrections) this.corrections.set(id, c);
      this.schema = schema;
    };
  }

  relsOf(id: string) {
    return this.rels.filter((r) => r.start === id || r.end === id);
  }
}

const edgeRow = (r: SimRel): Row => ({ props: copy(r.props), source: r.start, target: r.end });

function deleteBatch(db: SimulatedGraph, p: Params, pick: (r: SimRel) => boolean) {
  const limit = toJsNumber(p.batchSize);
  let deleted = 0;
  for (let i = db.rels.length - 1; i >= 0 && deleted < limit; i--) {
    if (pick(db.rels[i]!)) {
      db.rels.splice(i, 1);
      deleted++;
    }
  }
  return [{ deleted }];
}

const str = (v: Plain | undefined) => (typeof v === "string" ? v : null);

const HANDLERS = new Map<string, Handler>([
  [cypher.PING, () => [{ ok: 1 }]],
  ...cypher.SCHEMA_STATEMENTS.map((s): [string, Handler] => [s, () => []]),
  [
    cypher.READ_NODES_BY_ID,
    (db, p) =>
      arr(p.ids).flatMap((id) => (db.nodes.has(id) ? [{ props: copy(db.nodes.get(id)!.props) }] : [])),
  ],
  [
    cypher.READ_EDGES_BY_ID,
    (db, p) =>
      (p.rows as Props[]).flatMap((row) =>
        db.rels
          .filter((r) => r.start === row.source && r.end === row.target && r.props.id === row.id)
          .map(edgeRow),
      ),
  ],
  [
    cypher.WRITE_NODES,
    (db, p) => {
      const rows = p.rows as { id: string; props: Props }[];
      for (const row of rows) {
        const node = db.nodes.get(row.id) ?? { labels: new Set(["Node"]), props: {} };
        node.props = withoutNulls(row.props);
        db.nodes.set(row.id, node);
      }
      return [{ written: rows.length }];
    },
  ],
  ...Object.entries(cypher.NODE_LABEL_BY_KIND).map(([kind, s]): [string, Handler] => [
    s,
    (db, p) => {
      for (const id of arr(p.ids)) db.nodes.get(id)?.labels.add(kind);
      return [];
    },
  ]),
  ...Object.entries(cypher.WRITE_EDGES_BY_KIND).map(([type, s]): [string, Handler] => [
    s,
    (db, p) => {
      let written = 0;
      for (const row of p.rows as { id: string; source: string; target: string; props: Props }[]) {
        if (!db.nodes.has(row.source) || !db.nodes.has(row.target)) continue;
        const same = (r: SimRel) =>
          r.type === type && r.start === row.source && r.end === row.target && r.props.id === row.id;
        const rel = db.rels.find(same) ?? { type, start: row.source, end: row.target, props: {} };
        if (!db.rels.includes(rel)) db.rels.push(rel);
        rel.props = withoutNulls(row.props);
        written++;
      }
      return [{ written }];
    },
  ]),
  [
    cypher.WRITE_ARTICLE,
    (db, p) => {
      const article = withoutNulls(p.article);
      db.articles.set(String(article.id), article);
      return [];
    },
  ],
  [
    cypher.DELETE_TIES_BATCH,
    (db, p) => deleteBatch(db, p, (r) => r.type === "MET" || r.type === "SPOKE_WITH"),
  ],
  [
    cypher.DELETE_ALL_BATCH,
    (db, p) => {
      const limit = toJsNumber(p.batchSize);
      const ids = [...db.nodes.keys()].slice(0, limit);
      const articles = [...db.articles.keys()].slice(0, limit - ids.length);
      for (const id of ids) db.nodes.delete(id);
      for (const id of articles) db.articles.delete(id);
      const kept = db.rels.filter((r) => db.nodes.has(r.start) && db.nodes.has(r.end));
      db.rels.splice(0, db.rels.length, ...kept);
      return [{ deleted: ids.length + articles.length }];
    },
  ],
  ...reads.READ_SCHEMA_STATEMENTS.map((s): [string, Handler] => [s, () => []]),
  [
    reads.NODES_MISSING_SEARCH_TERMS,
    (db, p) =>
      [...db.nodes.values()]
        .filter((n) => n.props.searchTerms === undefined)
        .slice(0, toJsNumber(p.batchSize))
        .map((n) => ({ props: copy(n.props) })),
  ],
  [
    reads.WRITE_SEARCH_TERMS,
    (db, p) => {
      const rows = p.rows as { id: string; terms: string }[];
      for (const row of rows) {
        const node = db.nodes.get(row.id);
        if (node) node.props.searchTerms = row.terms;
      }
      return [{ written: rows.filter((r) => db.nodes.has(r.id)).length }];
    },
  ],
  [
    reads.STATS_NODES_BY_LABEL,
    (db) =>
      NODE_KINDS.map((kind) => ({
        kind,
        count: [...db.nodes.values()].filter((n) => n.labels.has(kind)).length,
      })),
  ],
  [
    reads.STATS_EDGES_BY_TYPE,
    (db) => EDGE_KINDS.map((kind) => ({ kind, count: db.rels.filter((r) => r.type === kind).length })),
  ],
  [reads.STATS_ARTICLES, (db) => [{ count: db.articles.size }]],
  [
    reads.STATS_FIRST_DATE,
    (db) =>
      eventDates(db)
        .slice(0, 1)
        .map((date) => ({ date })),
  ],
  [
    reads.STATS_LAST_DATE,
    (db) =>
      eventDates(db)
        .slice(-1)
        .map((date) => ({ date })),
  ],
  [
    reads.ARTICLE_SPANS,
    (db, p) => {
      const id = String(p.node);
      const named = (n: string) => {
        const { id, kind, nameAr, nameEn } = db.nodes.get(n)!.props;
        return { id, kind, nameAr, nameEn };
      };
      return db
        .relsOf(id)
        .filter(
          (r) => (r.type === "MENTIONS" && r.start === id) || (r.type === "REPORTED_IN" && r.end === id),
        )
        .map((r) => ({
          node: named(id),
          other: named(r.start === id ? r.end : r.start),
          props: { id: r.props.id, kind: r.props.kind, evidence: copy(r.props).evidence },
          source: r.start,
          target: r.end,
        })) as unknown as Row[];
    },
  ],
  [reads.TIMELINE_EVENTS, timelineIds],
  [reads.TIMELINE_OF_PARTICIPANT, timelineIds],
  [
    cypher.ARTICLE_SUMMARIES,
    (db, p) =>
      [...db.articles.values()]
        .filter((a) => p.ids === null || arr(p.ids).includes(String(a.id)))
        .map(({ text: _text, ...summary }) => ({ summary })),
  ],
  [
    cypher.ARTICLE_BY_ID,
    (db, p) => (db.articles.has(String(p.id)) ? [{ article: copy(db.articles.get(String(p.id))!) }] : []),
  ],
]);

function eventDates(db: SimulatedGraph): string[] {
  return [...db.nodes.values()]
    .filter((n) => n.labels.has("Event") && typeof n.props.date === "string" && n.props.date !== "")
    .map((n) => String(n.props.date))
    .sort();
}

function timelineIds(db: SimulatedGraph, p: Params): Row[] {
  const filter = { includeRejected: p.includeRejected === true, confirmedOnly: p.confirmedOnly === true };
  const events = [...db.nodes.values()].filter((n) => n.labels.has("Event")).map((n) => n.props);
  const kept = events.filter((e) => {
    if (p.types !== null && !arr(p.types).includes(String(e.eventType ?? ""))) return false;
    if (!p.includePlanned && e.planned === true) return false;
    if (!nodeShown(nodeFromProps(e), filter)) return false;
    if (p.participant !== undefined) {
      const who = db.nodes.get(String(p.participant));
      if (!who || !nodeShown(nodeFromProps(who.props), filter)) return false;
      const took = (r: SimRel) =>
        r.type === "PARTICIPATED_IN" &&
        r.start === p.participant &&
        r.end === e.id &&
        edgeShown(edgeFromRecord({ props: r.props, source: r.start, target: r.end }), filter);
      if (!db.rels.some(took)) return false;
    }
    const days = eventInterval({ date: str(e.date), dateFrom: str(e.dateFrom), dateTo: str(e.dateTo) });
    if (p.fromDay !== null && days.to !== null && days.to < String(p.fromDay)) return false;
    if (p.toDay !== null && days.from !== null && days.from > String(p.toDay)) return false;
    return true;
  });
  const sortDay = (e: Props) => str(e.date) ?? str(e.dateFrom) ?? str(e.dateTo);
  const key = (e: Props) => [sortDay(e) === null ? 1 : 0, sortDay(e) ?? "", String(e.id)] as const;
  kept.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || (x[2] < y[2] ? -1 : 1);
  });
  return kept.slice(0, toJsNumber(p.limit)).map((e) => ({ id: e.id }));
}

const rejected = (props: Props) => props.reviewStatus === "rejected";

function tieEventFacts(db: SimulatedGraph, only: Set<string>): Row[] {
  return [...db.nodes.values()]
    .filter((n) => n.labels.has("Event") && !rejected(n.props) && only.has(String(n.props.id)))
    .flatMap((n) => {
      const id = String(n.props.id);
      const persons = db.rels
        .filter(
          (r) =>
            r.type === "PARTICIPATED_IN" &&
            r.end === id &&
            !rejected(r.props) &&
            db.nodes.get(r.start)?.labels.has("Person"),
        )
        .map((r) => ({ id: r.start, evidence: r.props.evidence ?? null }));
      if (persons.length < 2) return [];
      const reports = db.rels
        .filter((r) => r.type === "REPORTED_IN" && r.start === id)
        .map((r) => ({ id: r.props.id, evidence: r.props.evidence ?? null }));
      const { props } = n;
      return [
        {
          id,
          eventType: props.eventType ?? null,
          date: props.date ?? null,
          encounter: props.encounter ?? null,
          planned: props.planned ?? false,
          persons,
          reports,
        },
      ];
    });
}

const KIND_LABELS = ["Person", "Country", "Place", "Organization", "Topic", "Event", "Article"];
const queued = (n: SimNode) =>
  n.labels.has("Event") && (n.props.reviewStatus === undefined || n.props.reviewStatus === "extracted");

/** The curation statements (issue 10); corrections are kept apart from graph nodes, as their label is. */
const CURATION_HANDLERS: [string, Handler][] = [
  [cypher.LOCK_NODES, (db, p) => [{ locked: arr(p.ids).filter((id) => db.nodes.has(id)).length }]],
  [
    cypher.EDGES_OF_NODE,
    (db, p) =>
      db.nodes.has(String(p.id))
        ? db
            .relsOf(String(p.id))
            .filter((r) => r.type !== "MET" && r.type !== "SPOKE_WITH")
            .map(edgeRow)
        : [],
  ],
  [
    cypher.DELETE_EDGES_BY_ID,
    (db, p) => {
      let deleted = 0;
      for (const row of p.rows as Props[]) {
        const i = db.rels.findIndex(
          (r) => r.start === row.source && r.end === row.target && r.props.id === row.id,
        );
        if (i >= 0) {
          db.rels.splice(i, 1);
          deleted++;
        }
      }
      return [{ deleted }];
    },
  ],
  [
    cypher.DELETE_NODES_BY_ID,
    (db, p) => {
      const ids = new Set(arr(p.ids).filter((id) => db.nodes.has(id)));
      for (const id of ids) db.nodes.delete(id);
      const kept = db.rels.filter((r) => !ids.has(r.start) && !ids.has(r.end));
      db.rels.splice(0, db.rels.length, ...kept);
      return [{ deleted: ids.size }];
    },
  ],
  [
    cypher.REMOVE_KIND_LABELS,
    (db, p) => {
      for (const id of arr(p.ids)) for (const l of KIND_LABELS) db.nodes.get(id)?.labels.delete(l);
      return [{ relabelled: arr(p.ids).length }];
    },
  ],
  [
    cypher.WRITE_CORRECTIONS,
    (db, p) => {
      for (const row of p.rows as { id: string; props: Props }[]) {
        if (db.corrections.has(row.id)) throw new Error(`Correction ${row.id} already exists (constraint)`);
        db.corrections.set(row.id, { id: row.id, ...withoutNulls(row.props) });
      }
      return [{ written: (p.rows as unknown[]).length }];
    },
  ],
  [
    cypher.READ_CORRECTIONS,
    (db) =>
      [...db.corrections.values()]
        .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))
        .map((c) => ({ entry: c.entry ?? null, orphan: c.orphan ?? null })),
  ],
  [
    cypher.CLEAR_ORPHAN_MARKS,
    (db) => {
      for (const c of db.corrections.values()) delete c.orphan;
      return [{ cleared: 0 }];
    },
  ],
  [
    cypher.MARK_ORPHANS,
    (db, p) => {
      for (const row of p.rows as Props[]) {
        const c = db.corrections.get(String(row.id));
        if (c) c.orphan = row.reason ?? null;
      }
      return [{ marked: (p.rows as unknown[]).length }];
    },
  ],
  [
    cypher.DELETE_CORRECTIONS_BATCH,
    (db, p) => {
      const doomed = [...db.corrections.keys()].slice(0, toJsNumber(p.batchSize));
      for (const id of doomed) db.corrections.delete(id);
      return [{ deleted: doomed.length }];
    },
  ],
  [cypher.REVIEW_QUEUE_COUNT, (db) => [{ count: [...db.nodes.values()].filter(queued).length }]],
  [
    cypher.REVIEW_QUEUE_PAGE,
    (db, p) => {
      const score = (n: SimNode) => (typeof n.props.confidence === "number" ? n.props.confidence : -1);
      const events = [...db.nodes.values()]
        .filter(queued)
        .sort((a, b) => score(a) - score(b) || (String(a.props.id) < String(b.props.id) ? -1 : 1));
      const offset = toJsNumber(p.offset);
      return events.slice(offset, offset + toJsNumber(p.limit)).map((n) => ({ id: n.props.id }));
    },
  ],
];
for (const [statement, handler] of CURATION_HANDLERS) HANDLERS.set(statement, handler);
for (const [statement, handler] of [...STORY_HANDLERS, ...DETAILS_HANDLERS]) HANDLERS.set(statement, handler);

/** Participations into events: (person, event) pairs, for the statements scoped to some events or persons. */
const participations = (db: SimulatedGraph) =>
  db.rels.filter((r) => r.type === "PARTICIPATED_IN" && db.nodes.has(r.start) && db.nodes.has(r.end));

const INGEST_HANDLERS: [string, Handler][] = [
  [
    cypher.READ_EDGES_WITH_IDS,
    (db, p) => arr(p.ids).flatMap((id) => db.rels.filter((r) => r.props.id === id).map(edgeRow)),
  ],
  [
    cypher.SCHEMA_VERSION_READ,
    (db) => (db.schema ? [{ version: db.schema.version, fingerprint: db.schema.fingerprint }] : []),
  ],
  [
    cypher.SCHEMA_VERSION_WRITE,
    (db, p) => {
      db.schema = { version: toJsNumber(p.version), fingerprint: String(p.fingerprint) };
      return [];
    },
  ],
  [cypher.AWAIT_INDEXES, () => []],
  [
    cypher.PERSON_IDS_PAGE,
    (db, p) =>
      [...db.nodes.values()]
        .filter((n) => n.labels.has("Person") && String(n.props.id) > String(p.after))
        .map((n) => String(n.props.id))
        .sort()
        .slice(0, toJsNumber(p.limit))
        .map((id) => ({ id })),
  ],
  [
    cypher.TIE_PERSONS_OF_EVENTS,
    (db, p) => {
      const events = new Set(arr(p.ids));
      const persons = participations(db)
        .filter((r) => events.has(r.end) && db.nodes.get(r.start)!.labels.has("Person"))
        .map((r) => r.start);
      return [...new Set(persons)].map((id) => ({ id }));
    },
  ],
  [
    cypher.TIE_EVENT_FACTS_OF_PERSONS,
    (db, p) => {
      const persons = new Set(arr(p.ids));
      const events = participations(db)
        .filter((r) => persons.has(r.start) && db.nodes.get(r.end)!.labels.has("Event"))
        .map((r) => r.end);
      return tieEventFacts(db, new Set(events));
    },
  ],
  [
    cypher.DELETE_TIES_OF_PERSONS,
    (db, p) => {
      const persons = new Set(arr(p.ids));
      const doomed = (r: SimRel) =>
        (r.type === "MET" || r.type === "SPOKE_WITH") && (persons.has(r.start) || persons.has(r.end));
      const before = db.rels.length;
      db.rels.splice(0, db.rels.length, ...db.rels.filter((r) => !doomed(r)));
      return [{ deleted: before - db.rels.length }];
    },
  ],
];
for (const [statement, handler] of INGEST_HANDLERS) HANDLERS.set(statement, handler);

/** A runner over a simulated graph; statements it does not know fail loudly, so none goes untested. */
export function createSimulatedRunner(db = new SimulatedGraph()): CypherRunner & { db: SimulatedGraph } {
  const run = async (query: string, params: Params = {}) => {
    const handler = HANDLERS.get(query);
    if (!handler) throw new Error(`simulated Neo4j: unknown statement ${query.slice(0, 60)}`);
    db.log.push({ query, params });
    // Results leave "the database" the way the driver hands them over: through toPlain.
    return handler(db, params).map((row) => toPlain(row) as Row);
  };
  return {
    db,
    read: run,
    // A failed write transaction leaves nothing behind, as executeWrite's rollback does.
    write: async (work) => {
      const rollback = db.checkpoint();
      try {
        return await work(run);
      } catch (error) {
        rollback();
        throw error;
      }
    },
    ping: async () => undefined,
    close: async () => undefined,
  };
}

/** Statements the simulation answers, for the test that checks it covers all of neo4j/cypher.ts. */
export const SIMULATED_STATEMENTS: ReadonlySet<string> = new Set(HANDLERS.keys());

/** Statements left to the real database: a JavaScript copy would only test itself. */
export const DATABASE_ONLY: ReadonlySet<string> = new Set([
  reads.SEARCH_NAMES,
  reads.NEIGHBOURHOOD,
  reads.EDGES_AMONG_SHOWN,
  reads.SHOWN_NODES,
  reads.SHORTEST_PATHS_EVENTS,
  reads.SHORTEST_PATHS_PEOPLE,
  ...Object.values(reads.PATHS_OF_LENGTH_EVENTS),
  ...Object.values(reads.PATHS_OF_LENGTH_PEOPLE),
  reads.PATH_STEP_EDGES,
  reads.EVENTS_VIEW_TOP,
  reads.EVENTS_VIEW_TOP_FILTERED,
  reads.PEOPLE_VIEW_TOP,
  reads.PEOPLE_VIEW_TIES,
  // Element ids are the database's own; neo4j/console.test.ts checks what is sent and how rows are read.
  reads.READ_CONSOLE_ENDS,
  reads.SHORTEST_PATHS_VOUCHED_TIES,
  ...Object.values(reads.PATHS_OF_LENGTH_VOUCHED_TIES),
  reads.PEOPLE_VIEW_DERIVED_TOP,
  reads.PEOPLE_VIEW_DERIVED_FACTS,
]);
