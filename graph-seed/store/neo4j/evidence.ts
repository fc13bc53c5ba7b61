/**
 * Provenance as Neo4j can hold it: properties cannot be maps, so each Provenance is stored as a canonical
 * JSON string; unions happen in TypeScript with the embedded store's own merge rules.
 */
import type { Provenance } from "../../../model/graph.ts";
import { articleId } from "../../../model/ids.ts";

/** Fixed key order, so the same provenance always serialises to the same string. */
export const encodeEvidence = (p: Provenance) =>
  JSON.stringify({
    articleId: p.articleId,
    start: p.start,
    end: p.end,
    quote: p.quote,
    ...(p.mentionStart === undefined ? {} : { mentionStart: p.mentionStart }),
    ...(p.mentionEnd === undefined ? {} : { mentionEnd: p.mentionEnd }),
  });

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** Parses one stored evidence string; throws with the offending text when it is not ours. */
export const decodeEvidence = (raw: string): Provenance => {
  const v: unknown = JSON.parse(raw);
  if (typeof v !== "object" || v === null) throw new TypeError(`bad evidence: ${raw.slice(0, 80)}`);
  const o = v as Record<string, unknown>;
  if (typeof o.articleId !== "string" || !isInt(o.start) || !isInt(o.end) || typeof o.quote !== "string") {
    throw new TypeError(`bad evidence: ${raw.slice(0, 80)}`);
  }
  const p: Provenance = { articleId: articleId(o.articleId), start: o.start, end: o.end, quote: o.quote };
  if (isInt(o.mentionStart)) p.mentionStart = o.mentionStart;
  if (isInt(o.mentionEnd)) p.mentionEnd = o.mentionEnd;
  return p;
};
