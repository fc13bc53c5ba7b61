/** cytoscape-svg adds cy.svg(); augment the core type (a module file, so this merges, not replaces). */
export {};

declare module "cytoscape" {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
