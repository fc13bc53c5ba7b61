/**
 * refreshDerived() on Neo4j: read what each multi-person event contributes, derive the MET pairs with the
 * embedded store's deriveMet, and replace every MET relationship in one write transaction.
 */
import type { Provenance } from "../../model/graph.ts";
import { nodeId } from "../../model/ids.ts";
import { DELETE_MET_BATCH, MET_EVENT_FACTS, WRITE_EDGES_BY_KIND } from "./cypher.ts";
import { deriveMet, type MetEventFacts } from "./deriveMet.ts";
import { unionEvidence } from "./memoryMerge.ts";
import { BATCH_SIZE, chunks } from "./neo4jBatches.ts";
import { decodeEvidence } from "./neo4jEvidence.ts";
import { edgeToRow } from "./neo4jMapping.ts";
import type { Row, TxRun } from "./neo4jSession.ts";
import { toCypherInt, toJsNumber } from "./neo4jValues.ts";

interface ReportRow {
  id: string;
  evidence: string[] | null;
}

/** One MET_EVENT_FACTS row → the facts deriveMet takes; reports in edge-id order for a stable union. */
export function metFactsFromRow(row: Row): MetEventFacts {
  const reports = ((row.reports ?? []) as unknown as ReportRow[])
    .slice()
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  let evidence: Provenance[] = [];
  for (const r of reports) evidence = unionEvidence(evidence, (r.evidence ?? []).map(decodeEvidence));
  return {
    id: nodeId(String(row.id)),
    date: typeof row.date === "string" && row.date !== "" ? row.date : null,
    planned: row.planned === true,
    persons: ((row.persons ?? []) as string[]).map(nodeId),
    evidence,
  };
}

export async function refreshMet(run: TxRun): Promise<number> {
  const facts = (await run(MET_EVENT_FACTS)).map(metFactsFromRow);
  const met = deriveMet(facts);
  for (;;) {
    const [row] = await run(DELETE_MET_BATCH, { batchSize: toCypherInt(BATCH_SIZE) });
    if (!row || toJsNumber(row.deleted) < BATCH_SIZE) break;
  }
  for (const part of chunks(met)) await run(WRITE_EDGES_BY_KIND.MET, { rows: part.map(edgeToRow) });
  return met.length;
}
