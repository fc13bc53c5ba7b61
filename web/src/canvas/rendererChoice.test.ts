// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { buildStylesheet, isLargeGraph, LABEL_LOD_NODES } from "../graph/stylesheet.ts";
import { chooseRenderer, gpuKind, probeGpu, WEBGL_THRESHOLD } from "./rendererChoice.ts";

describe("renderer choice", () => {
  it("recognises software WebGL renderers by name", () => {
    expect(gpuKind("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)")).toBe(
      "software",
    );
    expect(gpuKind("llvmpipe (LLVM 15.0.6, 256 bits)")).toBe("software");
    expect(gpuKind("ANGLE (Microsoft Basic Render Driver Direct3D11)")).toBe("software");
    expect(gpuKind("")).toBe("software");
    expect(gpuKind("ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)")).toBe("hardware");
    expect(gpuKind("Apple M2")).toBe("hardware");
  });

  it("uses WebGL only for big graphs on a hardware GPU", () => {
    const big = WEBGL_THRESHOLD + 1;
    expect(chooseRenderer(big, "hardware", null)).toBe("webgl");
    expect(chooseRenderer(big, "software", null)).toBe("canvas");
    expect(chooseRenderer(big, "none", null)).toBe("canvas");
    expect(chooseRenderer(WEBGL_THRESHOLD, "hardware", null)).toBe("canvas");
  });

  it("lets ?renderer= override either way", () => {
    expect(chooseRenderer(10, "software", "webgl")).toBe("webgl");
    expect(chooseRenderer(WEBGL_THRESHOLD * 10, "hardware", "canvas")).toBe("canvas");
    expect(chooseRenderer(WEBGL_THRESHOLD * 10, "hardware", "bogus")).toBe("webgl");
  });

  it("probes the GPU through WEBGL_debug_renderer_info and frees the context", () => {
    let lost = 0;
    const fakeGl = {
      getExtension: (name: string) =>
        name === "WEBGL_debug_renderer_info"
          ? { UNMASKED_RENDERER_WEBGL: 0x9246 }
          : { loseContext: () => void lost++ },
      getParameter: (p: number) => (p === 0x9246 ? "ANGLE (AMD Radeon Pro 5500M)" : null),
    };
    const doc = { createElement: () => ({ getContext: () => fakeGl }) } as unknown as Document;
    expect(probeGpu(doc)).toBe("hardware");
    expect(lost).toBe(1);
    const noGl = { createElement: () => ({ getContext: () => null }) } as unknown as Document;
    expect(probeGpu(noGl)).toBe("none");
  });
});

describe("label level of detail", () => {
  const minFont = (large: boolean) =>
    (buildStylesheet("en", large) as { selector: string; style: Record<string, unknown> }[]).find(
      (r) => r.selector === "node",
    )?.style["min-zoomed-font-size"] as number;

  it("on large graphs labels wait until zoomed in past their own size", () => {
    expect(isLargeGraph(LABEL_LOD_NODES - 1)).toBe(false);
    expect(isLargeGraph(LABEL_LOD_NODES)).toBe(true);
    // Largest label is 17 px: at zoom 1 or less (a fitted large graph) it must be hidden.
    expect(minFont(true)).toBeGreaterThan(17);
    expect(minFont(false)).toBeLessThan(13);
  });
});

describe("node icons", () => {
  const iconOf = (large: boolean, kind: string) => {
    let icon: unknown;
    for (const r of buildStylesheet("en", large) as { selector: string; style: Record<string, unknown> }[])
      if ((r.selector === "node" || r.selector === `node[kind = "${kind}"]`) && "background-image" in r.style)
        icon = r.style["background-image"];
    return icon;
  };

  it("are drawn on small graphs and left out on large ones (each is an SVG drawn again every frame)", () => {
    expect(String(iconOf(false, "Person"))).toContain("data:image/svg+xml");
    expect(iconOf(true, "Person")).toBe("none");
    expect(iconOf(true, "Event")).toBe("none");
  });
});
