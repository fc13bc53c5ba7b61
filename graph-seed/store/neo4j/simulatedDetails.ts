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

/** The shown relationships of `id` (of some types) to shown nodes, as rows with the other end. */
function around(db: SimulatedGraph, id: string, f: ReviewFilter, keep: (r: Rel) => boolean): Row[] {
  return (db.relsOf(id) as Rel[])
    .filter((r) => keep(r) && relShown(r, f) && isShown(db, r.start === id ? r.end : r.start, f))
    .map((r) => ({
      other: { ...props(db, r.start === id ? r.end : r.start)! },
      props: { ...r.props, ...(r.type === "MENTIONS" ? { evidence: [] } : {}) },
      source: r.start,
      target: r.end,
    })) as unknown as Row[];
}

const spanOf = (raw: string) => {
  const p = decodeEvidence(raw);
  return `${p.articleId}\u0000${p.start}\u0000${p.end}`;
};

const CONTEXT = ["PARTICIPATED_IN", "HELD_IN", "DISCUSSED", "REPORTED_IN"];
const TIES = ["MET", "SPOKE_WITH"];

export const DETAILS_HANDLERS: [string, (db: SimulatedGraph, p: Params) => Row[]][] = [
  [
    reads.NODE_DETAILS_AROUND,
    (db, p) => {
      const id = String(p.id);
      const f = filterOf(p);
      if (!isShown(db, id, f)) return [];
      const node = { ...props(db, id)! };
      const rows = around(db, id, f, (r) => !(f.confirmedOnly && TIES.includes(r.type)));
      const empty = { other: null, props: null, source: null, target: null };
      return (rows.length === 0 ? [empty] : rows).map((row) => ({ node, ...row }) as unknown as Row);
    },
  ],
  [
    reads.NODE_EVENT_CONTEXT,
    (db, p) =>
      (p.ids as string[]).flatMap((id) => around(db, id, filterOf(p), (r) => CONTEXT.includes(r.type))),
  ],
  [
    reads.NODE_MENTIONS_PAGE,
    (db, p) => {
      const id = String(p.id);
      if (!db.nodes.has(id)) return [];
      // One copy per span (article, start, end), the later one, as memory/merge.ts unionEvidence.
      const bySpan = new Map<string, string>();
      for (const r of db.rels as Rel[]) {
        if (r.type !== "MENTIONS" || r.end !== id) continue;
        for (const raw of (r.props.evidence as string[] | undefined) ?? []) bySpan.set(spanOf(raw), raw);
      }
      const sorted = [...bySpan.values()].sort((a, b) => byProvenance(decodeEvidence(a), decodeEvidence(b)));
      const offset = toJsNumber(p.offset);
      const page = sorted.slice(offset, offset + Math.min(toJsNumber(p.limit), sorted.length));
      return [{ total: sorted.length, page }];
    },
  ],
];
