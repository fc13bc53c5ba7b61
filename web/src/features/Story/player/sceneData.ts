/**
 * What one step shows, as data: the share link's view read back (state/urlState.ts), the graph the
 * explorer would draw for it (the same requests and the same visibility rules as graph/useVisibleGraph),
 * cut down to the nodes the step saved, with their saved places. Plain functions, so the explorer, the
 * embed page and the offline file all build the same scene.
 */
import type { GraphPayload } from "../../../../../model/api.ts";
import type { StoryStep } from "../../../../../model/story.ts";
import { apiUrl } from "../../../api/client.ts";
import { metNeighbourhood } from "../../../graph/metNeighbourhood.ts";
import { applyVisibility, mergePayloads } from "../../../graph/visibleGraph.ts";
import { fromSearchParams } from "../../../state/urlState.ts";
import { tieEnds, type ViewState } from "../../../state/viewState.ts";

export type GetJson = <T>(url: string) => Promise<T>;

export interface Scene {
  view: ViewState;
  graph: GraphPayload;
  /** Saved places; nodes without one are laid out. */
  positions: Record<string, { x: number; y: number }>;
}

export const viewOfStep = (step: Pick<StoryStep, "view">): ViewState =>
  fromSearchParams(new URLSearchParams(step.view));

/** A step as the player shows it: its words, in the interface language it was saved in. */
export const playerStep = (step: StoryStep) => ({
  title: step.title,
  caption: step.caption,
  lang: viewOfStep(step).lang,
});

/** The explorer's requests for a view: the filtered graph plus the expanded neighbourhoods. */
export async function loadViewGraph(view: ViewState, getJson: GetJson): Promise<GraphPayload> {
  // As api/queries.ts's factParams sends them (not imported: it would bring TanStack Query into the embed).
  const facts = {
    confirmedOnly: view.confirmedOnly ? true : undefined,
    includeRejected: view.showRejected ? true : undefined,
  };
  const filters = {
    view: view.view,
    kinds: [...view.kinds].sort(),
    from: view.from,
    to: view.to,
    minWeight: view.minWeight,
    topics: [...view.topics].sort(),
  };
  const graphUrl = (f: typeof filters) => apiUrl("graph", { ...f, ...facts, limit: 5000 });
  const base = await getJson<GraphPayload>(graphUrl(filters));
  let extras: GraphPayload[] = [];
  if (view.expanded.length > 0 && view.view === "people") {
    const people = await getJson<GraphPayload>(graphUrl({ ...filters, minWeight: 1 }));
    extras = view.expanded.map((id) => metNeighbourhood(people, id));
  } else if (view.expanded.length > 0) {
    extras = await Promise.all(
      view.expanded.map((id) =>
        getJson<GraphPayload>(apiUrl(`nodes/${encodeURIComponent(id)}/neighbours`, { depth: 1, limit: 200 })),
      ),
    );
  }
  const keep = [view.selected, view.pathFrom, view.pathTo, ...view.expanded, ...(tieEnds(view.tie) ?? [])];
  return applyVisibility(mergePayloads(base, extras), {
    ...view,
    keep: keep.filter((id): id is NonNullable<typeof id> => id !== null),
  });
}

/** Only the saved nodes and the edges between them; all of the view when the step saved none. */
export function restrictTo(graph: GraphPayload, ids: readonly string[]): GraphPayload {
  if (ids.length === 0) return graph;
  const keep = new Set(ids);
  const nodes = graph.nodes.filter((n) => keep.has(n.id));
  const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  return { ...graph, nodes, edges, total: { nodes: nodes.length, edges: edges.length } };
}

export async function loadScene(step: StoryStep, getJson: GetJson): Promise<Scene> {
  const view = viewOfStep(step);
  const graph = restrictTo(
    await loadViewGraph(view, getJson),
    step.nodes.map((n) => n.id),
  );
  const positions = Object.fromEntries(step.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  return { view, graph, positions: { ...view.pinned, ...positions } };
}

/** The edges of the step's highlighted tie (met, spoke with), whose quotes are one click away. */
export function tieEdges(scene: Scene) {
  const ends = tieEnds(scene.view.tie);
  if (!ends) return [];
  return scene.graph.edges.filter(
    (e) => (e.source === ends[0] && e.target === ends[1]) || (e.source === ends[1] && e.target === ends[0]),
  );
}
