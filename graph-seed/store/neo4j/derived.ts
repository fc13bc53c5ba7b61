/**
 * The ties (MET, SPOKE_WITH) on Neo4j, derived by the embedded store's own rule (deriveTies) so both stores
 * give the same pairs, weights and quotes. refreshDerived() replaces every tie; an ingest re-derives, in its
 * own transaction, only the pairs of the persons of the events it touched: Cypher picks those persons and
 * all their events, drops their ties and writes the new ones (refreshTiesAround).
 */
import type { GraphEdge, Provenance } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { EVENT_TYPES, type EventType, TIE_KINDS } from "../../../model/kinds.ts";
import { unionEvidence } from "../memory/merge.ts";
import { deriveTies, type TieEventFacts } from "../ties/deriveMet.ts";
import { BATCH_SIZE, chunks, groupBy } from "./batches.ts";
import {
  DELETE_TIES_BATCH,
  DELETE_TIES_OF_PERSONS,
  PERSON_IDS_PAGE,
  TIE_EVENT_FACTS_OF_PERSONS,
  TIE_PERSONS_OF_EVENTS,
  WRITE_EDGES_BY_KIND,
} from "./cypher.ts";
import { decodeEvidence } from "./evidence.ts";
import { edgeToRow } from "./mapping.ts";
import type { Row, TxRun } from "./session.ts";
import { toCypherInt, toJsNumber } from "./values.ts";

interface ReportRow {
  id: string;
  evidence: string[] | null;
}

interface PersonRow {
  id: string;
  evidence: string[] | null;
}

const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
const decodeAll = (list: string[] | null) => (list ?? []).map(decodeEvidence);

/** One TIE_EVENT_FACTS_OF_PERSONS row → the facts deriveTies takes; reports in edge-id order for a stable union. */
export function tieFactsFromRow(row: Row): TieEventFacts {
  const reports = ((row.reports ?? []) as unknown as ReportRow[])
    .slice()
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  let evidence: Provenance[] = [];
  for (const r of reports) evidence = unionEvidence(evidence, decodeAll(r.evidence));
  const type = text(row.eventType);
  return {
    id: nodeId(String(row.id)),
    eventType: EVENT_TYPES.includes(type as EventType) ? (type as EventType) : null,
    date: text(row.date),
    encounter: text(row.encounter),
    planned: row.planned === true,
    persons: ((row.persons ?? []) as unknown as PersonRow[]).map((p) => ({
      id: nodeId(String(p.id)),
      naming: decodeAll(p.evidence),
    })),
    evidence,
  };
}

async function writeTies(run: TxRun, ties: GraphEdge[]) {
  const byKind = groupBy(ties, (e) => e.kind);
  for (const kind of TIE_KINDS) {
    for (const part of chunks(byKind.get(kind) ?? [])) {
      await run(WRITE_EDGES_BY_KIND[kind], { rows: part.map(edgeToRow) });
    }
  }
}

/** The facts of every event some persons take part in. */
async function factsOfPersons(run: TxRun, persons: string[]): Promise<TieEventFacts[]> {
  const facts = new Map<string, TieEventFacts>();
  for (const ids of chunks(persons)) {
    for (const row of await run(TIE_EVENT_FACTS_OF_PERSONS, { ids })) {
      const fact = tieFactsFromRow(row);
      facts.set(fact.id, fact);
    }
  }
  return [...facts.values()];
}

/**
 * Every tie anew, a page of persons at a time so the app never holds every event: a pair is written with
 * the page of its first person (source id < target id), whose events include all the pair's events.
 */
export async function refreshTies(run: TxRun): Promise<number> {
  for (;;) {
    const [row] = await run(DELETE_TIES_BATCH, { batchSize: toCypherInt(BATCH_SIZE) });
    if (!row || toJsNumber(row.deleted) < BATCH_SIZE) break;
  }
  let written = 0;
  let after = "";
  for (;;) {
    const ids = (await run(PERSON_IDS_PAGE, { after, limit: toCypherInt(BATCH_SIZE) })).map((r) =>
      String(r.id),
    );
    if (ids.length === 0) break;
    const page = new Set(ids);
    const ties = deriveTies(await factsOfPersons(run, ids)).filter((e) => page.has(e.source));
    await writeTies(run, ties);
    written += ties.length;
    after = ids.at(-1)!;
    if (ids.length < BATCH_SIZE) break;
  }
  return written;
}

/**
 * Re-derives the pairs of every person taking part in one of `events`, from all of that person's events
 * (as the embedded store's refreshMetAround does), inside the caller's transaction; "all" refreshes every tie.
 */
export async function refreshTiesAround(run: TxRun, events: ReadonlySet<string> | "all"): Promise<number> {
  if (events === "all") return refreshTies(run);
  const persons = new Set<string>();
  for (const ids of chunks([...events])) {
    for (const row of await run(TIE_PERSONS_OF_EVENTS, { ids })) persons.add(String(row.id));
  }
  if (persons.size === 0) return 0;
  const ties = deriveTies(await factsOfPersons(run, [...persons])).filter(
    (e) => persons.has(e.source) || persons.has(e.target),
  );
  for (const ids of chunks([...persons])) await run(DELETE_TIES_OF_PERSONS, { ids });
  await writeTies(run, ties);
  return ties.length;
}
