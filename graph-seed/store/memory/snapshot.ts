/**
 * The embedded store on disk: one JSON snapshot (nodes, edges, articles), written to a temporary file and
 * renamed so a crash mid-write never leaves a broken snapshot behind. Version 2 stores evidence quotes
 * once, in the article texts (see memory/snapshotCodec.ts); version 1 files still load.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import type { ArticleRecord } from "../../../model/store.ts";
import { ledeOf } from "../articles/lede.ts";
import { decodeEvidence, encodeEvidence, type StoredProvenance } from "./snapshotCodec.ts";
import { createState, type MemoryState } from "./state.ts";

const VERSION = 2;
const READABLE = [1, 2];

type StoredEdge = Omit<GraphEdge, "evidence"> & { evidence: StoredProvenance[] };

interface Snapshot {
  version: number;
  nodes: GraphNode[];
  edges: StoredEdge[];
  articles: ArticleRecord[];
}

const textsOf = (articles: Iterable<ArticleRecord>) =>
  new Map([...articles].map((a) => [a.summary.id as string, a.text]));

export async function writeSnapshot(path: string, state: MemoryState): Promise<void> {
  const texts = textsOf(state.articles.values());
  const snapshot: Snapshot = {
    version: VERSION,
    nodes: state.graph.mapNodes((_, n) => n),
    edges: state.graph.mapEdges((_, e) => ({
      ...e,
      evidence: e.evidence.map((p) => encodeEvidence(p, texts)),
    })),
    // The lede is the text's first line: rebuilt on reading rather than stored twice.
    articles: [...state.articles.values()].map(({ summary: { lede: _, ...summary }, ...a }) => ({
      ...a,
      summary,
    })),
  };
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(snapshot));
  await rename(tmp, path);
}

/** A missing snapshot is an empty store; an unreadable one is an error that names the file. */
export async function readSnapshot(path: string): Promise<MemoryState> {
  const raw = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  const state = createState();
  if (raw === null) return state;
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(raw) as Snapshot;
  } catch (error) {
    throw new Error(`embedded snapshot ${path} is not valid JSON (delete it and re-seed): ${String(error)}`);
  }
  if (
    !READABLE.includes(snapshot?.version) ||
    !Array.isArray(snapshot.nodes) ||
    !Array.isArray(snapshot.edges)
  ) {
    throw new Error(`embedded snapshot ${path} has an unknown format (delete it and re-seed)`);
  }
  for (const a of snapshot.articles ?? [])
    state.articles.set(a.summary.id, {
      ...a,
      summary: { ...a.summary, lede: a.text ? ledeOf(a.text) : null },
    });
  const texts = textsOf(state.articles.values());
  for (const n of snapshot.nodes) state.graph.addNode(n.id, n);
  for (const e of snapshot.edges) {
    let evidence: GraphEdge["evidence"];
    try {
      evidence = e.evidence.map((p) => decodeEvidence(p, texts));
    } catch (error) {
      throw new Error(`embedded snapshot ${path}: edge ${e.id}: ${String(error)} (delete it and re-seed)`);
    }
    state.graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { ...e, evidence });
  }
  return state;
}
