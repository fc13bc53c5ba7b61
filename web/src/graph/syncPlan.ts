/**
 * How to lay out after the canvas membership changed: removing nodes keeps everyone else where they
 * are; adding a few (an expand) settles them around the existing picture; a big change starts afresh.
 */
export type LayoutPlan = "none" | "incremental" | "fresh";

export function layoutPlan(before: number, added: number, removed: number): LayoutPlan {
  if (before === 0) return added > 0 ? "fresh" : "none";
  // A view switch or a new filter replaces much of the graph: a clean layout reads better.
  if (removed > before / 2 || added > before) return "fresh";
  if (added === 0) return "none";
  return "incremental";
}
