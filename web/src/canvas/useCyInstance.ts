/** Owns the Cytoscape core for a container: created on mount (or when the renderer changes), destroyed on unmount. */
import type { Core } from "cytoscape";
import { type RefObject, useEffect, useState } from "react";
import { useViewStore } from "../state/viewState.ts";
import { createCy } from "./createCy.ts";
import { useCyStore } from "./cyStore.ts";

/** `large`: viewport options for big graphs are fixed at creation, so crossing the size makes a new core. */
export function useCyInstance(
  container: RefObject<HTMLDivElement | null>,
  webgl: boolean,
  large = false,
): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const instance = createCy(el, webgl, useViewStore.getState().lang, large);
    setCy(instance);
    useCyStore.getState().setCy(instance);
    // Side panels open and close: keep the drawing surface matched to the box.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      useCyStore.getState().setCy(null);
      instance.destroy();
      setCy(null);
    };
  }, [container, webgl, large]);
  return cy;
}
