/**
 * Turns one article's extraction into graph nodes and edges with provenance. Pure and deterministic:
 * ids come from the extraction and edgeIdOf, so loading the same article twice writes the same batch.
 */

import { eventDays } from "../../model/dateInterval.ts";
import type { ExtractedEntity, ExtractedEvent, Extraction, Span } from "../../model/extraction.ts";
import {
  edgeIdOf,
  type GraphBatch,
  type GraphEdge,
  type GraphNode,
  type Provenance,
} from "../../model/graph.ts";
import { type ArticleId, articleId, articleNodeId, type NodeId, nodeId } from "../../model/ids.ts";
import type { EdgeKind } from "../../model/kinds.ts";
import { catalogNode, catalogSaysLocatedIn } from "./catalogFacts.ts";
import { eventName } from "./eventName.ts";
import { sentenceAround } from "./sentences.ts";

interface Ctx {
  text: string;
  article: ArticleId;
  entities: Map<string, ExtractedEntity>;
  edges: Map<string, GraphEdge>;
  /** Nodes the article does not mention but a catalog fact needs (a place's country). */
  catalogNodes: Map<string, GraphNode>;
}

/** A span made safe against bad offsets: clamped to the text, quote re-read from it. */
function provenanceOf(ctx: Ctx, span: { start: number; end: number }, mention?: Span): Provenance {
  const start = Math.max(0, Math.min(span.start, ctx.text.length));
  const end = Math.max(start, Math.min(span.end, ctx.text.length));
  const p: Provenance = { articleId: ctx.article, start, end, quote: ctx.text.slice(start, end) };
  if (mention) {
    p.mentionStart = mention.start;
    p.mentionEnd = mention.end;
  }
  return p;
}

/** The entity's first mention inside the evidence span, to point at the name within the sentence. */
const mentionWithin = (entity: ExtractedEntity | undefined, span: Span) =>
  entity?.mentions.find((m) => m.start >= span.start && m.end <= span.end);

function addEdge(
  ctx: Ctx,
  kind: EdgeKind,
  source: string,
  target: string,
  extra: Partial<GraphEdge>,
  qualifier?: string,
) {
  const id = edgeIdOf(kind, nodeId(source), nodeId(target), qualifier);
  const existing = ctx.edges.get(id);
  if (existing) {
    existing.evidence.push(...(extra.evidence ?? []));
    return;
  }
  ctx.edges.set(id, { evidence: [], ...extra, id, kind, source: nodeId(source), target: nodeId(target) });
}

function entityNode(e: ExtractedEntity): GraphNode {
  const node: GraphNode = { id: nodeId(e.id), kind: e.type, name: e.name };
  if (e.aliases?.length) node.aliases = [...new Set(e.aliases)];
  return node;
}

function eventNode(ev: ExtractedEvent, entities: Map<string, ExtractedEntity>): GraphNode {
  const days = eventDays(ev.date, ev.dateRange);
  const node: GraphNode = {
    id: nodeId(ev.id),
    kind: "Event",
    name: eventName(ev, entities),
    eventType: ev.type,
    date: ev.date,
    datePrecision: ev.datePrecision ?? (ev.date ? precisionOfDate(ev.date) : null),
    dateFrom: days.from,
    dateTo: days.to,
    planned: ev.planned,
    background: ev.background ?? false,
    // Not given stays null (a later report may say), never a made-up default.
    encounter: typeof ev.encounter === "string" && ev.encounter !== "" ? ev.encounter : null,
    confidence: score(ev.confidence),
  };
  const cues = (ev.cues ?? []).filter((c) => typeof c === "string" && c !== "");
  if (cues.length > 0) node.cues = [...new Set(cues)];
  return node;
}

/** A score the extractor gave, if it is one (0–1); anything else is no score at all. */
const score = (value: unknown): number | null =>
  typeof value === "number" && value >= 0 && value <= 1 ? value : null;

const precisionOfDate = (d: string) => (d.length >= 10 ? "day" : d.length === 7 ? "month" : "year");

function entityEdges(ctx: Ctx, e: ExtractedEntity, articleNode: NodeId) {
  const mentions = e.mentions.map((m) => provenanceOf(ctx, sentenceAround(ctx.text, m.start, m.end), m));
  addEdge(ctx, "MENTIONS", articleNode, e.id, { evidence: mentions });
  for (const office of e.offices ?? []) {
    if (!ctx.entities.has(office.of)) continue;
    const evidence = office.evidence ? [provenanceOf(ctx, office.evidence)] : [];
    // An office no sentence states comes from the catalog (model/extraction.ts): say so, so a path
    // through it can tell the reader where it comes from.
    const origin = evidence.length === 0 ? { origin: "catalog" as const } : {};
    // One edge per office and term; a stated office with no dates is one more, undated.
    const term = `${office.office.en ?? office.office.ar}@${office.from ?? ""}`;
    addEdge(
      ctx,
      "HOLDS_OFFICE",
      e.id,
      office.of,
      { office: office.office, from: office.from ?? null, to: office.to ?? null, evidence, ...origin },
      term,
    );
  }
  if (e.locatedIn && e.locatedIn !== e.id && hasOrAddsNode(ctx, e.locatedIn)) {
    const origin = catalogSaysLocatedIn(e.id, e.locatedIn) ? { origin: "catalog" as const } : {};
    addEdge(ctx, "LOCATED_IN", e.id, e.locatedIn, { evidence: [], ...origin });
  }
}

/** An entity of the article, or else a catalog node added to the batch; false when neither exists. */
function hasOrAddsNode(ctx: Ctx, id: string): boolean {
  if (ctx.entities.has(id) || ctx.catalogNodes.has(id)) return true;
  const node = catalogNode(id);
  if (node) ctx.catalogNodes.set(id, node);
  return node !== null;
}

function eventEdges(ctx: Ctx, ev: ExtractedEvent, articleNode: NodeId) {
  const evidenceFor = (entityId?: string) =>
    ev.evidence.map((s) =>
      provenanceOf(ctx, s, entityId ? mentionWithin(ctx.entities.get(entityId), s) : undefined),
    );
  addEdge(ctx, "REPORTED_IN", ev.id, articleNode, { evidence: evidenceFor() });
  for (const p of new Set(ev.participants)) {
    if (!ctx.entities.has(p)) continue;
    addEdge(ctx, "PARTICIPATED_IN", p, ev.id, {
      role: ev.roles?.[p] ?? null,
      confidence: score(ev.participantConfidence?.[p]),
      evidence: evidenceFor(p),
    });
  }
  if (ev.place && ctx.entities.has(ev.place)) {
    addEdge(ctx, "HELD_IN", ev.id, ev.place, { evidence: evidenceFor(ev.place) });
  }
  for (const t of new Set(ev.topics)) {
    if (ctx.entities.has(t)) addEdge(ctx, "DISCUSSED", ev.id, t, { evidence: evidenceFor(t) });
  }
}

function articleNodeOf(x: Extraction, text: string): GraphNode {
  const { article } = x;
  const firstLine = text.trim().split("\n", 1)[0]?.slice(0, 120) ?? article.id;
  return {
    id: articleNodeId(articleId(article.id)),
    kind: "Article",
    name: { ar: article.title ?? firstLine, en: null },
    date: article.published,
    datePrecision:
      article.publishedPrecision ?? (article.published ? precisionOfDate(article.published) : null),
    source: article.source ?? null,
    language: article.language ?? "ar",
  };
}

export function toBatch(extraction: Extraction, text: string): GraphBatch {
  const entities = new Map<string, ExtractedEntity>();
  for (const e of extraction.entities) {
    const seen = entities.get(e.id);
    // An extractor may list one entity twice; keep one node with all its mentions.
    entities.set(e.id, seen ? { ...seen, mentions: [...seen.mentions, ...e.mentions] } : e);
  }
  const ctx: Ctx = {
    text,
    article: articleId(extraction.article.id),
    entities,
    edges: new Map(),
    catalogNodes: new Map(),
  };
  const article = articleNodeOf(extraction, text);
  const events = new Map(extraction.events.map((ev) => [ev.id, ev]));
  for (const e of entities.values()) entityEdges(ctx, e, article.id);
  for (const ev of events.values()) eventEdges(ctx, ev, article.id);
  const nodes = [
    article,
    ...[...entities.values()].map(entityNode),
    ...[...events.values()].map((ev) => eventNode(ev, entities)),
    ...ctx.catalogNodes.values(),
  ];
  return { nodes, edges: [...ctx.edges.values()] };
}
