/** One Cytoscape instance for a player; each new scene is shown with a transition from the last. */
import cytoscape, { type Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { Language } from "../../../../../model/kinds.ts";
import { buildStylesheet } from "../../../graph/stylesheet.ts";
import type { Scene } from "./sceneData.ts";
import { showScene } from "./transition.ts";

declare global {
  interface Window {
    /** The player's canvas, for the e2e journeys (as window.__cy is the explorer's). */
    __storyCy?: Core | null;
  }
}

/** `mode` "print": a still picture, not published for the tests as the player's canvas. */
export function useSceneCanvas(
  scene: Scene | null,
  lang: Language,
  onEdge: (id: string) => void,
  mode: "play" | "print" = "play",
) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onEdgeRef = useRef(onEdge);
  onEdgeRef.current = onEdge;
  // A step in another language restyles the canvas rather than rebuilding it, so the transition holds.
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: buildStylesheet(langRef.current),
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.on("tap", "edge", (event) => onEdgeRef.current(event.target.id()));
    cyRef.current = cy;
    if (mode === "play") window.__storyCy = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      if (mode === "play") window.__storyCy = null;
    };
  }, [mode]);

  const shownOnce = useRef(false);
  const styledIn = useRef(lang);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !scene) return;
    const still = mode === "print" || matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (styledIn.current !== lang) cy.style(buildStylesheet(lang));
    styledIn.current = lang;
    showScene(cy, scene, lang, shownOnce.current && !still);
    shownOnce.current = true;
    container.current?.setAttribute("data-node-ids", scene.graph.nodes.map((n) => n.id).join(" "));
  }, [scene, lang, mode]);

  return container;
}
