/**
 * Creates the Cytoscape core with the renderer picked by size. Extensions (fcose, svg) register when
 * first used: layoutExtensions.ts, svgExport.ts.
 */
import cytoscape, { type Core } from "cytoscape";
import type { Language } from "../../../model/kinds.ts";
import { buildStylesheet } from "../graph/stylesheet.ts";
import { chooseRenderer, detectedGpu, forcedRenderer, WEBGL_THRESHOLD } from "./rendererChoice.ts";

export { WEBGL_THRESHOLD } from "./rendererChoice.ts";

/** WebGL for big graphs on a hardware GPU only (see rendererChoice.ts); `?renderer=` overrides. */
export function webglRequested(elementCount: number): boolean {
  const forced = forcedRenderer();
  // Probe the GPU only when the answer matters: small graphs always use the canvas renderer.
  if (forced !== "webgl" && forced !== "canvas" && elementCount <= WEBGL_THRESHOLD) return false;
  return chooseRenderer(elementCount, detectedGpu(), forced) === "webgl";
}

const LABEL_FONTS = ['13px "Noto Naskh Arabic"', 'bold 17px "Noto Naskh Arabic"'];

/**
 * Canvas text does not make the browser fetch a web font, and labels drawn before it arrives keep
 * fallback metrics in Cytoscape's texture cache (garbled, clipped names). Load it, then restyle the
 * nodes that draw a name (only `labelled` ones do): restyling every element took 0.3 s at 5,000
 * elements (web bench). Nothing to do when the font was already there.
 */
export function refreshWhenFontsLoad(cy: Core, fonts: FontFaceSet | undefined = globalThis.document?.fonts) {
  if (!fonts?.load) return;
  if (LABEL_FONTS.every((font) => fonts.check(font, "بوتين"))) return;
  Promise.all(LABEL_FONTS.map((font) => fonts.load(font, "بوتين")))
    .then(() => {
      if (!cy.destroyed()) cy.nodes(".labelled").updateStyle();
    })
    .catch(() => undefined);
}

/** Which stylesheet an instance has (language, large-graph labels), kept in its scratch pad. */
export const styleKey = (lang: Language, largeGraph: boolean) => `${lang}|${largeGraph}`;
export const styleKeyOf = (cy: Core): string | undefined => cy.scratch("styleKey");

export function setStylesheet(cy: Core, lang: Language, largeGraph: boolean) {
  cy.style(buildStylesheet(lang, largeGraph));
  cy.scratch("styleKey", styleKey(lang, largeGraph));
}

interface LayeredTextureCache {
  firstGet?: boolean;
}

/**
 * Cytoscape's layered texture cache paints every element twice on the first frame it draws (into its
 * layers, then the layers onto the screen); on later frames it queues that work for idle time. Skipping
 * the eager first pass saved 0.3 s of main-thread time on the first draw of 1,000 elements (web bench).
 * It is an internal field: if an update renames it, only speed changes (cytoscapeInternals.test.ts).
 */
export function lazyFirstLayers(cy: Core) {
  const renderer = (cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: LayeredTextureCache } } })
    .renderer;
  const cache = renderer?.call(cy)?.data?.lyrTxrCache;
  if (cache?.firstGet === true) cache.firstGet = false;
}

export function createCy(
  container: HTMLElement,
  webgl: boolean,
  lang: Language = "en",
  largeGraph = false,
): Core {
  const cy = cytoscape({
    container,
    style: buildStylesheet(lang, largeGraph),
    minZoom: 0.05,
    maxZoom: 5,
    // Cytoscape's default wheel rate: 0.3 took three notches to zoom 1.4 %.
    boxSelectionEnabled: false,
    selectionType: "single",
    // Hiding edges while panning, or panning a snapshot of the drawing, keeps big graphs fluid.
    hideEdgesOnViewport: webgl || largeGraph,
    textureOnViewport: largeGraph && !webgl,
    renderer: { name: "canvas", webgl },
  } as cytoscape.CytoscapeOptions);
  cy.scratch("styleKey", styleKey(lang, largeGraph));
  if (!webgl) lazyFirstLayers(cy);
  refreshWhenFontsLoad(cy);
  return cy;
}
