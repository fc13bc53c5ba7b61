/** The canvas as SVG: cytoscape-svg is registered on the first export, not when the app opens. */
import cytoscape, { type Core } from "cytoscape";
import svg from "cytoscape-svg";

let registered = false;

export function svgOf(cy: Core): string {
  if (!registered) {
    cytoscape.use(svg);
    registered = true;
  }
  return cy.svg({ full: true, bg: "#ffffff" });
}
