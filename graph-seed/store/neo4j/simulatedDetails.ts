/**
 * TEST SUPPORT ONLY: the node-details statements of neo4j/cypherReads.ts as the simulated database
 * answers them (see neo4j/simulatedDb.ts): lookups by id filtered by the shared review rules, so the
 * store's assembly of details (recounted ties, paging, caps) runs with no server. Whether the Cypher
 * selects and orders the same is the contract suite's to check on a real Neo4j.
 */
import type { ReviewFilter } from "../../../model/api.ts";
import { edgeShown, nodeShown } from "../curation/rules.ts";
import { byProvenance } from "../memory/merge.ts";
import * as reads from "./cypherReads.ts";
import { decodeEvidence } from "./evidence.ts";
import { edgeFromRecord, nodeFromProps } from "./mapping.ts";
import type { Params, Row } from "./session.ts";
import type { SimulatedGraph } from "./simulatedDb.ts";
import { type Plain, toJsNumber } from "./values.ts";

type Props = Record<string, Plain>;
interface Rel {
  type: string;
  start: string;
  end: string;
  props: Props;
}

const filterOf = (p: Params): ReviewFilter => ({
  includeRejected: p.includeRejected === true,
  confirmedOnly: p.confirmedOnly === true,
});
const props = (db: SimulatedGraph, id: string) => db.nodes.get(id)?.props as Props | undefined;
const isShown = (db: SimulatedGraph, id: string, f: ReviewFilter) => {
  const n = props(db, id);
  return n !== undefined && nodeShown(nodeFromProps(n), f);
};
const relShown = (r: Rel, f: ReviewFilter) =>
  edgeShown(edgeFromRecord({ props: r.props, source: r.start, target: r.end }), f);

/** What an answer shows of a node at the other end: events whole, the others as a NodeRef's fields. */
const shownAs = (p: Props): Props =>
  p.kind === "Event" ? { ...p } : { id: p.id, kind: p.kind, nameAr: p.nameAr, nameEn: p.nameEn ?? null };

/** The shown relationships of `id` (of some types) to shown nodes, as rows with the other end. */
function around(
  db: SimulatedGraph,
  id: string,
  f: ReviewFilter,
  keep: (r: Rel) => boolean,
  quotesOf: (r: Rel) => string[],
): Row[] {
  return (db.relsOf(id) as Rel[])
    .filter((r) => keep(r) && relShown(r, f) && isShown(db, r.start === id ? r.end : r.start, f))
    .map((r) => ({
      other: shownAs(props(db, r.start === id ? r.end : r.start)!),
      props: { ...r.props, evidence: quotesOf(r) },
      evidenceTotal: evidenceOf(r).length,
      source: r.start,
      target: r.end,
    })) as unknown as Row[];
}

const evidenceOf = (r: Rel) => (r.props.evidence as string[] | undefined) ?? [];

const spanOf = (raw: string) => {
  const p = decodeEvidence(raw);
  return `${p.articleId}\u0000${p.start}\u0000${p.end}`;
};

/** Stored evidence strings, each span once (the later copy, as unionEvidence), in byProvenance order. */
function spansInOrder(raws: string[]): string[] {
  const bySpan = new Map<string, string>();
  for (const raw of raws) bySpan.set(spanOf(raw), raw);
  return [...bySpan.values()].sort((a, b) => byProvenance(decodeEvidence(a), decodeEvidence(b)));
}

const CONTEXT = ["PARTICIPATED_IN", "HELD_IN", "DISCUSSED", "REPORTED_IN"];
const TIES = ["MET", "SPOKE_WITH"];
const CAPPED = ["HOLDS_OFFICE", ...TIES];

/** An event's context rows: reports cut to `quotes` in order, participations quoted under confirmedOnly. */
function eventContext(db: SimulatedGraph, id: string, p: Params): Row[] {
  const f = filterOf(p);
  const quotes = toJsNumber(p.quotes);
  const reports = (db.relsOf(id) as Rel[]).filter(
    (r) => r.type === "REPORTED_IN" && r.start === id && isShown(db, r.end, f),
  );
  const eventQuotes = new Set(reports.flatMap(evidenceOf).map(spanOf)).size;
  const quotesOf = (r: Rel) =>
    r.type === "REPORTED_IN"
      ? spansInOrder(evidenceOf(r)).slice(0, quotes)
      : r.type === "PARTICIPATED_IN" && f.confirmedOnly
        ? evidenceOf(r)
        : [];
  return around(db, id, f, (r) => CONTEXT.includes(r.type), quotesOf).map(
    (row) => ({ ...row, event: id, eventQuotes }) as unknown as Row,
  );
}

export const DETAILS_HANDLERS: [string, (db: SimulatedGraph, p: Params) => Row[]][] = [
  [
    reads.NODE_DETAILS_AROUND,
    (db, p) => {
      const id = String(p.id);
      const f = filterOf(p);
      if (!isShown(db, id, f)) return [];
      const node = { ...props(db, id)! };
      const quotes = toJsNumber(p.quotes);
      const rows = around(
        db,
        id,
        f,
        (r) => !(f.confirmedOnly && TIES.includes(r.type)),
        (r) => (CAPPED.includes(r.type) ? evidenceOf(r).slice(0, quotes) : []),
      );
      return [{ node, rels: rows } as unknown as Row];
    },
  ],
  [reads.NODE_EVENT_CONTEXT, (db, p) => (p.ids as string[]).flatMap((id) => eventContext(db, id, p))],
  [
    reads.NODE_MENTIONS_PAGE,
    (db, p) => {
      const id = String(p.id);
      if (!db.nodes.has(id)) return [];
      const sorted = spansInOrder(
        (db.rels as Rel[]).filter((r) => r.type === "MENTIONS" && r.end === id).flatMap(evidenceOf),
      );
      const offset = toJsNumber(p.offset);
      const page = sorted.slice(offset, offset + Math.min(toJsNumber(p.limit), sorted.length));
      return [{ total: sorted.length, page }];
    },
  ],
];
