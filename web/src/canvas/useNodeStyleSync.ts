/**
 * Styles: node size and colour from the chosen metrics, labels and label font in the chosen language.
 * Each writes element data by id in one batch; the stylesheet is swapped only when the language changes.
 */
import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { nodeLabel } from "../graph/elements.ts";
import { buildStylesheet } from "../graph/stylesheet.ts";
import { displayName } from "../i18n/useT.ts";
import { useViewStore } from "../state/viewState.ts";
import { applyNodeData, type NodeMetrics } from "./applyNodeData.ts";

export function useNodeStyleSync(cy: Core | null, graph: GraphPayload | undefined, metrics: NodeMetrics) {
  const sizeBy = useViewStore((s) => s.sizeBy);
  const colorBy = useViewStore((s) => s.colorBy);
  const lang = useViewStore((s) => s.lang);
  const styledLang = useRef(lang);

  useEffect(() => {
    if (cy) applyNodeData(cy, metrics, sizeBy, colorBy);
  }, [cy, metrics, sizeBy, colorBy]);

  useEffect(() => {
    if (!cy || !graph) return;
    cy.batch(() => {
      for (const n of graph.nodes)
        cy.$id(n.id).data({ label: nodeLabel(n, lang), fullName: displayName(n.name, lang) });
    });
    if (styledLang.current !== lang) {
      styledLang.current = lang;
      cy.style(buildStylesheet(lang));
    }
  }, [cy, graph, lang]);
}
