/**
 * Moves the network from one step to the next with Cytoscape animations: nodes that stay keep their
 * place (or glide to the step's saved one), nodes that go fade out, nodes that come fade in where the
 * step saved them, and the view eases to fit. Nodes with no saved place are laid out once, around them.
 */
import type { Core, NodeSingular } from "cytoscape";
import type { Language } from "../../../../../model/kinds.ts";
import { edgeElement, nodeElement } from "../../../graph/elements.ts";
import { tieEnds } from "../../../state/viewState.ts";
import type { Scene } from "./sceneData.ts";

export const TRANSITION_MS = 450;

function fadeOutAndRemove(cy: Core, keep: Set<string>, animate: boolean) {
  const leaving = cy.elements().filter((e) => !keep.has(e.id()));
  if (!animate) {
    leaving.remove();
    return;
  }
  leaving.animate(
    { style: { opacity: 0 } },
    { duration: TRANSITION_MS / 2, complete: () => leaving.remove() },
  );
}

function placeNode(cy: Core, scene: Scene, id: string, animate: boolean): string | null {
  const at = scene.positions[id];
  const node = cy.$id(id) as NodeSingular;
  if (!at) return id;
  if (animate && node.position().x !== at.x) node.animate({ position: at }, { duration: TRANSITION_MS });
  else node.position(at);
  return null;
}

export function showScene(cy: Core, scene: Scene, lang: Language, animate: boolean) {
  const ids = new Set<string>([...scene.graph.nodes.map((n) => n.id), ...scene.graph.edges.map((e) => e.id)]);
  fadeOutAndRemove(cy, ids, animate);
  const unplaced: string[] = [];
  cy.batch(() => {
    for (const node of scene.graph.nodes) {
      const el = nodeElement(node, lang);
      const existing = cy.$id(node.id);
      if (existing.nonempty()) {
        existing.data(el.data);
        existing.stop(true).style("opacity", 1);
      } else {
        cy.add({ ...el, position: scene.positions[node.id] ?? { x: 0, y: 0 } }).style(
          "opacity",
          animate ? 0 : 1,
        );
      }
      const missing = placeNode(cy, scene, node.id, animate && existing.nonempty());
      if (missing) unplaced.push(missing);
    }
    for (const edge of scene.graph.edges) {
      if (cy.$id(edge.id).nonempty()) continue;
      cy.add(edgeElement(edge)).style("opacity", animate ? 0 : 1);
    }
  });
  if (unplaced.length > 0) {
    const loose = cy.nodes().filter((n) => unplaced.includes(n.id()));
    loose
      .union(loose.connectedEdges())
      .layout({
        name: scene.view.layout === "fcose" ? "cose" : scene.view.layout,
        animate: false,
        fit: false,
      } as never)
      .run();
  }
  mark(cy, scene);
  const shown = cy.elements().filter((e) => ids.has(e.id()));
  if (animate) shown.animate({ style: { opacity: 1 } }, { duration: TRANSITION_MS });
  const fit = { eles: shown.nodes(), padding: 40 };
  if (animate) cy.animate({ fit }, { duration: TRANSITION_MS, easing: "ease-in-out-cubic" });
  else cy.fit(fit.eles, fit.padding);
}

/** The step's selection and tie, drawn highlighted as in the explorer. */
function mark(cy: Core, scene: Scene) {
  cy.elements().removeClass("highlighted");
  const { selected, tie } = scene.view;
  if (selected) cy.$id(selected).addClass("highlighted");
  const ends = tieEnds(tie);
  if (ends) {
    const [a, b] = ends.map((id) => cy.$id(id));
    a!.union(b!).addClass("highlighted");
    a!.edgesWith(b!).addClass("highlighted");
  }
}
