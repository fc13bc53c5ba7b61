/** Overview clusters and their ties → Cytoscape elements (kind "Cluster" / "CLUSTER_TIE", styled apart). */
import type { ElementDefinition } from "cytoscape";
import type { Language } from "../../../model/kinds.ts";
import { displayName, translate } from "../i18n/useT.ts";
import type { Overview } from "./overview.ts";

export function clusterElements(overview: Overview, lang: Language): ElementDefinition[] {
  const nodes = overview.clusters.map((c) => {
    const name = displayName(c.top.name, lang);
    return {
      group: "nodes" as const,
      data: {
        id: c.id,
        kind: "Cluster",
        label: translate(lang, "clusterLabel", { name, more: c.members.length - 1 }),
        fullName: name,
        count: c.members.length,
      },
    };
  });
  const edges = overview.ties.map((t) => ({
    group: "edges" as const,
    data: { id: t.id, source: t.source, target: t.target, kind: "CLUSTER_TIE", weight: t.weight },
  }));
  return [...nodes, ...edges];
}
