/** Creates the Cytoscape core with the extensions registered once and the renderer picked by size. */
import cytoscape, { type Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";
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

export function createCy(container: HTMLElement, webgl: boolean): Core {
  registerExtensions();
  return cytoscape({
    container,
    style: buildStylesheet(),
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
}
