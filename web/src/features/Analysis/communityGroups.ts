/** People grouped by Louvain community, largest group first, for the colour legend. */
import type { NodeRef } from "../../../../model/api.ts";
import type { GraphNode } from "../../../../model/graph.ts";

export interface CommunityGroup {
  community: number;
  members: NodeRef[];
}

export function communityGroups(
  nodes: readonly GraphNode[],
  community: Record<string, number>,
): CommunityGroup[] {
  const groups = new Map<number, NodeRef[]>();
  for (const n of nodes) {
    const c = community[n.id];
    if (c === undefined) continue;
    const list = groups.get(c) ?? [];
    list.push({ id: n.id, kind: n.kind, name: n.name });
    groups.set(c, list);
  }
  return [...groups.entries()]
    .map(([c, members]) => ({ community: c, members }))
    .sort((a, b) => b.members.length - a.members.length || a.community - b.community);
}
