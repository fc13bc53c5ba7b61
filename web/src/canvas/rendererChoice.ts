/**
 * Which Cytoscape renderer to use. WebGL only pays off on a real GPU: under software rendering
 * (SwiftShader, llvmpipe — e.g. Chromium with --disable-gpu) the web bench measured it 2-5x slower than
 * the canvas renderer. So big graphs get WebGL only when the browser reports a hardware renderer.
 */
export type Gpu = "hardware" | "software" | "none";
export type Renderer = "webgl" | "canvas";

/** Beyond this many elements the canvas renderer stutters; Cytoscape 3.31+ offers WebGL instead. */
export const WEBGL_THRESHOLD = 3000;

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|lavapipe|mesa offscreen/i;

/** Classifies the WEBGL_debug_renderer_info string; an unknown (empty) name counts as software. */
export function gpuKind(rendererName: string | null | undefined): Gpu {
  if (!rendererName) return "software";
  return SOFTWARE.test(rendererName) ? "software" : "hardware";
}

/** Asks a throwaway WebGL context what renders it, then releases the context. */
export function probeGpu(doc: Document = document): Gpu {
  let gl: WebGLRenderingContext | null = null;
  try {
    const canvas = doc.createElement("canvas");
    gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
  } catch {
    return "none";
  }
  if (!gl) return "none";
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL) ?? "") : "";
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return gpuKind(name);
}

let probed: Gpu | undefined;
/** The probe runs once per page: creating GL contexts is not free and browsers cap their number. */
export function detectedGpu(): Gpu {
  probed ??= probeGpu();
  return probed;
}

/** `?renderer=webgl|canvas` wins; otherwise WebGL only for big graphs on a hardware GPU. */
export function chooseRenderer(elementCount: number, gpu: Gpu, forced: string | null): Renderer {
  if (forced === "canvas" || forced === "webgl") return forced;
  return elementCount > WEBGL_THRESHOLD && gpu === "hardware" ? "webgl" : "canvas";
}

export function forcedRenderer(): string | null {
  return new URLSearchParams(window.location.search).get("renderer");
}
