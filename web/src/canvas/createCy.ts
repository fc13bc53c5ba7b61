/** Creates the Cytoscape core with the extensions registered once and the renderer picked by size. */
import cytoscape, { type Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";
import type { Language } from "../../../model/kinds.ts";
import { buildStylesheet } from "../graph/stylesheet.ts";

let registered = false;
function registerExtensions() {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(svg);
  registered = true;
}

/** Beyond this many elements the canvas renderer stutters; Cytoscape 3.31+ offers WebGL instead. */
export const WEBGL_THRESHOLD = 3000;

export function webglRequested(elementCount: number): boolean {
  const forced = new URLSearchParams(window.location.search).get("renderer");
  if (forced === "canvas") return false;
  if (forced === "webgl") return true;
  return elementCount > WEBGL_THRESHOLD;
}

/**
 * Canvas text does not make the browser fetch a web font, and labels drawn before it arrives keep
 * fallback metrics in Cytoscape's texture cache (garbled, clipped names). Load it, then restyle.
 */
function refreshWhenFontsLoad(cy: Core) {
  const fonts = typeof document !== "undefined" ? document.fonts : undefined;
  if (!fonts?.load) return;
  Promise.all([
    fonts.load('13px "Noto Naskh Arabic"', "بوتين"),
    fonts.load('bold 17px "Noto Naskh Arabic"', "بوتين"),
  ])
    .then(() => {
      if (!cy.destroyed()) cy.style().update();
    })
    .catch(() => undefined);
}

export function createCy(container: HTMLElement, webgl: boolean, lang: Language = "en"): Core {
  registerExtensions();
  const cy = cytoscape({
    container,
    style: buildStylesheet(lang),
    minZoom: 0.05,
    maxZoom: 5,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    selectionType: "single",
    // Hiding edges and labels while panning keeps big graphs fluid.
    hideEdgesOnViewport: webgl,
    textureOnViewport: false,
    renderer: { name: "canvas", webgl },
  } as cytoscape.CytoscapeOptions);
  refreshWhenFontsLoad(cy);
  return cy;
}
