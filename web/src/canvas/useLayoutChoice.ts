/** Layout: choosing another layout re-runs it from scratch on the elements already drawn. */
import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { GraphPayload } from "../../../model/api.ts";
import { useViewStore } from "../state/viewState.ts";
import { runLayout } from "./runLayout.ts";

export function useLayoutChoice(cy: Core | null, graph: GraphPayload | undefined) {
  const layout = useViewStore((s) => s.layout);
  const graphRef = useRef(graph);
  graphRef.current = graph;
  const lastLayout = useRef(layout);
  useEffect(() => {
    if (lastLayout.current === layout) return;
    lastLayout.current = layout;
    if (cy && !cy.destroyed() && graphRef.current && cy.nodes().nonempty())
      runLayout(cy, false, graphRef.current);
  }, [cy, layout]);
}
