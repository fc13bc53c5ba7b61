/**
 * The embedded store on disk: one JSON snapshot (nodes, edges, articles), written to a temporary file and
 * renamed so a crash mid-write never leaves a broken snapshot behind.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { GraphEdge, GraphNode } from "../../model/graph.ts";
import type { ArticleRecord } from "../../model/store.ts";
import { createState, type MemoryState } from "./memoryState.ts";

const VERSION = 1;

interface Snapshot {
  version: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  articles: ArticleRecord[];
}

export async function writeSnapshot(path: string, state: MemoryState): Promise<void> {
  const snapshot: Snapshot = {
    version: VERSION,
    nodes: state.graph.mapNodes((_, n) => n),
    edges: state.graph.mapEdges((_, e) => e),
    articles: [...state.articles.values()],
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
  if (snapshot.version !== VERSION || !Array.isArray(snapshot.nodes) || !Array.isArray(snapshot.edges)) {
    throw new Error(`embedded snapshot ${path} has an unknown format (delete it and re-seed)`);
  }
  for (const n of snapshot.nodes) state.graph.addNode(n.id, n);
  for (const e of snapshot.edges) state.graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
  for (const a of snapshot.articles ?? []) state.articles.set(a.summary.id, a);
  return state;
}
