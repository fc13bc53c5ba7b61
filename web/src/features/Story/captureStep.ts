/**
 * The current view as a story step: the share link's query string (every filter, the time range, the
 * layout, the language, the selection), and the nodes on the canvas with their places and names.
 */
import type { Core } from "cytoscape";
import type { StoryStep } from "../../../../model/story.ts";
import { toSearchParams } from "../../state/urlState.ts";
import type { ViewState } from "../../state/viewState.ts";

/** Panels and the open article are the explorer's furniture, not part of the picture. */
export function viewQuery(view: ViewState): string {
  const params = toSearchParams({ ...view, panel: null, article: null, pinned: {} });
  params.delete("panel");
  return params.toString();
}

export function captureStep(view: ViewState, cy: Core | null, title: string): StoryStep {
  const nodes =
    cy
      ?.nodes()
      .filter((n) => n.visible())
      .nodes()
      .map((n) => ({
        id: n.id(),
        name: String(n.data("fullName") ?? n.data("label") ?? "").slice(0, 300),
        x: Math.round(n.position("x") * 10) / 10,
        y: Math.round(n.position("y") * 10) / 10,
      })) ?? [];
  const words = view.lang === "ar" ? { ar: title, en: "" } : { ar: "", en: title };
  return { title: words, caption: { ar: "", en: "" }, view: viewQuery(view), nodes };
}
