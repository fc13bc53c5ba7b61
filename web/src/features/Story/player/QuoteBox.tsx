/** The sentence behind the step's highlighted tie (or an edge clicked on the canvas), one click away. */
import { useState } from "react";
import type { Language } from "../../../../../model/kinds.ts";
import { storyT } from "../storyText.ts";
import { type Scene, tieEdges } from "./sceneData.ts";

export function QuoteBox({
  scene,
  lang,
  clickedEdge,
}: {
  scene: Scene;
  lang: Language;
  clickedEdge: string | null;
}) {
  const [open, setOpen] = useState(false);
  const clicked = scene.graph.edges.filter((e) => e.id === clickedEdge);
  const edges = clicked.length > 0 ? clicked : tieEdges(scene);
  if (edges.length === 0) return null;
  const quotes = [...new Set(edges.flatMap((e) => e.evidence.map((p) => p.quote)).filter(Boolean))].slice(
    0,
    3,
  );
  const shown = open || clicked.length > 0;
  return (
    <div className="story-quote">
      {clicked.length === 0 && (
        <button
          type="button"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          data-testid="story-quote-toggle"
        >
          {storyT(lang, open ? "hideQuote" : "showQuote")}
        </button>
      )}
      {shown && (
        <div data-testid="story-quote">
          {quotes.length === 0 ? (
            <p>{storyT(lang, "noQuote")}</p>
          ) : (
            quotes.map((q) => (
              <blockquote key={q} dir="auto">
                {q}
              </blockquote>
            ))
          )}
        </div>
      )}
    </div>
  );
}
