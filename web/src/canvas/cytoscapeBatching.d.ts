/**
 * Cytoscape calls its bundled types leave out: `cy.batching()` (is a batch open? the
 * render loop skips frames while one is) and `eles.updateStyle()` (recompute those elements' style).
 */
import "cytoscape";

declare module "cytoscape" {
  interface Core {
    batching(): boolean;
  }
  interface Collection {
    updateStyle(): this;
  }
}
