/**
 * refreshDerived() on Neo4j: read what each multi-person event contributes, derive the ties (MET and
 * SPOKE_WITH) with the embedded store's deriveTies, and replace every tie relationship in one write
 * transaction.
 */
import type { Provenance } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { EVENT_TYPES, type EventType, TIE_KINDS } from "../../../model/kinds.ts";
import { unionEvidence } from "../memory/merge.ts";
import { deriveTies, type TieEventFacts } from "../ties/deriveMet.ts";
import { BATCH_SIZE, chunks, groupBy } from "./batches.ts";
import { DELETE_TIES_BATCH, TIE_EVENT_FACTS, WRITE_EDGES_BY_KIND } from "./cypher.ts";
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

/** One TIE_EVENT_FACTS row → the facts deriveTies takes; reports in edge-id order for a stable union. */
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

export async function refreshTies(run: TxRun): Promise<number> {
  const facts = (await run(TIE_EVENT_FACTS)).map(tieFactsFromRow);
  const ties = deriveTies(facts);
  for (;;) {
    const [row] = await run(DELETE_TIES_BATCH, { batchSize: toCypherInt(BATCH_SIZE) });
    if (!row || toJsNumber(row.deleted) < BATCH_SIZE) break;
  }
  const byKind = groupBy(ties, (e) => e.kind);
  for (const kind of TIE_KINDS) {
    for (const part of chunks(byKind.get(kind) ?? [])) {
      await run(WRITE_EDGES_BY_KIND[kind], { rows: part.map(edgeToRow) });
    }
  }
  return ties.length;
}
