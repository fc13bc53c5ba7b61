/**
 * The state one change is planned in: who makes it and when, whether it is live (versions checked) or a
 * replay after a reseed (versions taken from the record), the records it writes and the facts it reviews.
 */
import type { FactKind, ReviewedFact } from "../../../model/curation.ts";
import type { GraphEdge, GraphNode, Provenance, Review, ReviewStatus } from "../../../model/graph.ts";
import { articleNodeId, articleId as toArticleId } from "../../../model/ids.ts";
import { CurationError } from "../../../model/store.ts";
import { sentenceAround } from "../../load/sentences.ts";
import { type FactReader, overlay, type RecordChange } from "./reader.ts";
import { reviewOf } from "./rules.ts";

export interface PlanContext {
  by: string;
  at: string;
  /** Replay: no version checks; each review's version is at least the one recorded then. */
  replay: { versions: Map<string, number> } | null;
  reader: FactReader;
  change: RecordChange;
  reviews: Map<string, ReviewedFact>;
  created: string[];
  /** Events whose derived ties the change can alter. */
  events: Set<string>;
}

export function planContext(
  base: FactReader,
  change: RecordChange,
  who: { by: string; at: string },
  replay: PlanContext["replay"],
): PlanContext {
  const reader = overlay(base, change);
  return { ...who, replay, reader, change, reviews: new Map(), created: [], events: new Set() };
}

export const notFound = (what: string) => new CurationError("not-found", `${what} not found`);
export const invalid = (message: string) => new CurationError("invalid", message);
export const refused = (message: string) => new CurationError("conflict", message);

/** Live: the version the editor saw must be the current one, else a conflict carrying the current state. */
export function checkVersion(
  ctx: PlanContext,
  kind: FactKind,
  record: GraphNode | GraphEdge,
  expected: number,
) {
  if (ctx.replay) return;
  const current = reviewOf(record);
  if (current.version === expected) return;
  throw new CurationError(
    "conflict",
    `${kind} ${record.id} changed since you saw it (version ${expected}, now ${current.version})`,
    [{ kind, id: record.id, expected, current, record }],
  );
}

/** The review a change leaves on a fact: the next version (or, replaying, at least the recorded one). */
export function nextReview(ctx: PlanContext, record: { id: string; review?: Review }, status: ReviewStatus) {
  const bumped = reviewOf(record).version + 1;
  const recorded = ctx.replay?.versions.get(record.id) ?? 0;
  const version = ctx.replay ? Math.max(reviewOf(record).version, recorded, 1) : bumped;
  return { status, by: ctx.by, at: ctx.at, version };
}

export function putNode(ctx: PlanContext, node: GraphNode, kind?: FactKind) {
  ctx.change.nodes.set(node.id, node);
  if (kind && node.review) ctx.reviews.set(node.id, { kind, id: node.id, review: node.review });
}

export function putEdge(ctx: PlanContext, edge: GraphEdge, kind?: FactKind) {
  ctx.change.edges.set(edge.id, edge);
  if (kind && edge.review) ctx.reviews.set(edge.id, { kind, id: edge.id, review: edge.review });
  if (edge.kind === "PARTICIPATED_IN") ctx.events.add(edge.target);
}

export function dropEdge(ctx: PlanContext, edge: GraphEdge) {
  ctx.change.edges.set(edge.id, null);
  if (edge.kind === "PARTICIPATED_IN") ctx.events.add(edge.target);
}

/**
 * A fact added by hand needs its source: the span must lie inside the article's text, and the quote is
 * taken from there (widened to its sentence, as the extractor's evidence is).
 */
export async function provenanceFrom(
  ctx: PlanContext,
  span: { articleId: string; start: number; end: number },
  asMention: boolean,
): Promise<Provenance> {
  const text = await ctx.reader.articleText(span.articleId);
  if (text === null) throw notFound(`article ${span.articleId}`);
  if (span.end > text.length || span.start >= span.end) {
    throw invalid(
      `source ${span.start}–${span.end} is outside article ${span.articleId} (${text.length} characters)`,
    );
  }
  if (!(await ctx.reader.node(articleNodeId(toArticleId(span.articleId))))) {
    throw notFound(`article node for ${span.articleId}`);
  }
  const sentence = asMention ? sentenceAround(text, span.start, span.end) : span;
  const p: Provenance = {
    articleId: toArticleId(span.articleId),
    start: sentence.start,
    end: sentence.end,
    quote: text.slice(sentence.start, sentence.end),
  };
  if (asMention) Object.assign(p, { mentionStart: span.start, mentionEnd: span.end });
  return p;
}
