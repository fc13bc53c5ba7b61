/** Planning changes to entities: edit (rename, kind, aliases), merge, split, add by hand. */
import type { CurationInput, SourceSpan } from "../../../model/curation.ts";
import { edgeIdOf, type GraphEdge, type GraphNode, type Provenance } from "../../../model/graph.ts";
import { articleNodeId, nodeId, articleId as toArticleId } from "../../../model/ids.ts";
import type { EdgeKind } from "../../../model/kinds.ts";
import { mergeEdge, unionEvidence } from "../memory/merge.ts";
import {
  checkVersion,
  dropEdge,
  invalid,
  nextReview,
  type PlanContext,
  provenanceFrom,
  putEdge,
  putNode,
  refused,
} from "./context.ts";
import { requireNode } from "./planEvents.ts";
import { parseEdgeId } from "./reader.ts";

const unique = (names: (string | null | undefined)[]) => [
  ...new Set(names.filter((n): n is string => typeof n === "string" && n !== "")),
];

export async function planEntityEdit(
  ctx: PlanContext,
  input: Extract<CurationInput, { action: "edit-entity" }>,
) {
  const node = await requireNode(ctx, "entity", input.id);
  checkVersion(ctx, "entity", node, input.version);
  const { name, kind, addAliases } = input.changes;
  const next: GraphNode = { ...node };
  if (name) next.name = name;
  if (kind) next.kind = kind;
  // The old spelling stays findable: a renamed entity keeps its old names as aliases.
  const names = name ? [node.name.ar, node.name.en] : [];
  const aliases = unique([...(node.aliases ?? []), ...names, ...(addAliases ?? [])]).filter(
    (a) => a !== next.name.ar && a !== next.name.en,
  );
  if (aliases.length > 0) next.aliases = aliases;
  putNode(ctx, { ...next, review: nextReview(ctx, node, "edited") }, "entity");
  if (kind && kind !== node.kind) await noteEvents(ctx, node.id);
}

async function noteEvents(ctx: PlanContext, id: string) {
  for (const e of await ctx.reader.edgesOf(id)) if (e.kind === "PARTICIPATED_IN") ctx.events.add(e.target);
}

/** The same edge with one end moved from `from` to `to`; null when it would join a node to itself. */
function repoint(edge: GraphEdge, from: string, to: string): GraphEdge | null {
  const source = edge.source === from ? nodeId(to) : edge.source;
  const target = edge.target === from ? nodeId(to) : edge.target;
  if (source === target) return null;
  const qualifier = parseEdgeId(edge.id)?.qualifier;
  return { ...edge, id: edgeIdOf(edge.kind as EdgeKind, source, target, qualifier), source, target };
}

/** Moves an edge to another end; an edge the new end already has absorbs it (evidence united). */
async function moveEdge(ctx: PlanContext, edge: GraphEdge, from: string, to: string) {
  dropEdge(ctx, edge);
  const moved = repoint(edge, from, to);
  if (!moved) return;
  const existing = await ctx.reader.edge(moved.id);
  putEdge(ctx, existing ? mergeEdge(existing, { ...moved, review: existing.review ?? moved.review }) : moved);
}

export async function planMerge(
  ctx: PlanContext,
  input: Extract<CurationInput, { action: "merge-entities" }>,
) {
  if (input.id === input.into) throw invalid("an entity cannot be merged into itself");
  const gone = await ctx.reader.node(input.id);
  const into = await ctx.reader.node(input.into);
  // Replaying over a graph that already has the merge (a restart): nothing left to do.
  if (ctx.replay && !gone && into) return;
  const from = await requireNode(ctx, "entity", input.id);
  const target = await requireNode(ctx, "entity", input.into);
  if (from.kind !== target.kind) {
    throw refused(`cannot merge a ${from.kind} into a ${target.kind}; change the kind first`);
  }
  checkVersion(ctx, "entity", from, input.version);
  checkVersion(ctx, "entity", target, input.intoVersion);
  const aliases = unique([...(target.aliases ?? []), from.name.ar, from.name.en, ...(from.aliases ?? [])]);
  const merged: GraphNode = {
    ...target,
    aliases: aliases.filter((a) => a !== target.name.ar && a !== target.name.en),
    review: nextReview(ctx, target, "edited"),
  };
  putNode(ctx, merged, "entity");
  for (const edge of await ctx.reader.edgesOf(from.id)) await moveEdge(ctx, edge, from.id, target.id);
  ctx.change.nodes.set(from.id, null);
}

const slug = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "entity";

/** The new entity of a split: named after the old one and the new name, the same on every replay. */
export const splitIdOf = (id: string, name: { ar: string; en: string | null }) =>
  nodeId(`${id}~${slug(name.en ?? name.ar)}`);

const sameMention = (p: Provenance, s: SourceSpan) =>
  p.articleId === s.articleId &&
  ((p.mentionStart === s.start && p.mentionEnd === s.end) || (p.start === s.start && p.end === s.end));

/** Moves the chosen mention spans from the old entity's MENTIONS edges to the new entity's. */
async function moveMentions(ctx: PlanContext, from: string, to: string, spans: SourceSpan[]) {
  for (const span of spans) {
    const article = articleNodeId(toArticleId(span.articleId));
    const edge = await ctx.reader.edge(edgeIdOf("MENTIONS", article, nodeId(from)));
    const moving = edge?.evidence.filter((p) => sameMention(p, span)) ?? [];
    if (!edge || moving.length === 0) {
      if (ctx.replay) continue;
      throw invalid(`${from} has no mention at ${span.articleId} ${span.start}–${span.end}`);
    }
    const rest = edge.evidence.filter((p) => !sameMention(p, span));
    if (rest.length > 0) putEdge(ctx, { ...edge, evidence: rest });
    else dropEdge(ctx, edge);
    const newId = edgeIdOf("MENTIONS", article, nodeId(to));
    const old = await ctx.reader.edge(newId);
    const base: GraphEdge = old ?? {
      id: newId,
      kind: "MENTIONS",
      source: article,
      target: nodeId(to),
      evidence: [],
    };
    putEdge(ctx, { ...base, evidence: unionEvidence(base.evidence, moving) });
  }
}

export async function planSplit(ctx: PlanContext, input: Extract<CurationInput, { action: "split-entity" }>) {
  const { split } = input;
  const node = await requireNode(ctx, "entity", input.id);
  checkVersion(ctx, "entity", node, input.version);
  const id = splitIdOf(node.id, split.name);
  const existing = await ctx.reader.node(id);
  if (existing && !ctx.replay) throw refused(`${id} already exists: split under another name`);
  const created: GraphNode = existing ?? { id, kind: split.kind ?? node.kind, name: split.name };
  putNode(ctx, { ...created, review: nextReview(ctx, created, "edited") }, "entity");
  putNode(ctx, { ...node, review: nextReview(ctx, node, "edited") }, "entity");
  ctx.created.push(id);
  const edges = await ctx.reader.edgesOf(node.id);
  for (const edgeId of split.edges) {
    const edge = edges.find((e) => e.id === edgeId && e.kind !== "MENTIONS");
    if (!edge) {
      if (ctx.replay) continue;
      throw invalid(`${edgeId} is not an edge of ${node.id}`);
    }
    await moveEdge(ctx, edge, node.id, id);
  }
  await moveMentions(ctx, node.id, id, split.mentions);
}

const KIND_PREFIX: Record<string, string> = {
  Person: "person",
  Country: "country",
  Place: "place",
  Organization: "org",
  Topic: "topic",
};

/** An entity added by hand is named after the mention it comes from, the same on every replay. */
export const manualEntityId = (kind: string, s: SourceSpan) =>
  nodeId(`${KIND_PREFIX[kind] ?? "entity"}:manual:${s.articleId}:${s.start}-${s.end}`);

export async function planEntityAdd(
  ctx: PlanContext,
  input: Extract<CurationInput, { action: "add-entity" }>,
) {
  const e = input.entity;
  const mention = await provenanceFrom(ctx, e.source, true);
  const id = manualEntityId(e.kind, e.source);
  const old = await ctx.reader.node(id);
  if (old && !ctx.replay) throw refused(`an entity was already added from this mention: ${id}`);
  const node: GraphNode = { id, kind: e.kind, name: e.name };
  const aliases = unique(e.aliases);
  if (aliases.length > 0) node.aliases = aliases;
  putNode(ctx, { ...node, review: nextReview(ctx, old ?? node, "confirmed") }, "entity");
  ctx.created.push(id);
  const article = articleNodeId(toArticleId(e.source.articleId));
  const edgeId = edgeIdOf("MENTIONS", article, id);
  const edge = await ctx.reader.edge(edgeId);
  putEdge(ctx, {
    id: edgeId,
    kind: "MENTIONS",
    source: article,
    target: id,
    evidence: unionEvidence(edge?.evidence ?? [], [mention]),
  });
}
