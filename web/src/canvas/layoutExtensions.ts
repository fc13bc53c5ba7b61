/**
 * Layouts that come from a Cytoscape extension load when first picked, not with the app: the built-in
 * ones (concentric, circle, grid) need nothing, and fcose (with cose-base) is a sizeable download.
 */
import cytoscape, { type Ext } from "cytoscape";
import type { LayoutName } from "../state/viewState.ts";

const EXTENSIONS: Partial<Record<LayoutName, () => Promise<{ default: Ext }>>> = {
  fcose: () => import("cytoscape-fcose"),
};

const pending = new Map<LayoutName, Promise<void>>();
const registered = new Set<LayoutName>();

/** True when the layout can run now: built in, or its extension is registered. */
export const layoutReady = (name: LayoutName) => !EXTENSIONS[name] || registered.has(name);

/** Loads and registers the layout's extension once; later calls share the same promise. */
export function loadLayout(name: LayoutName): Promise<void> {
  const load = EXTENSIONS[name];
  if (!load || registered.has(name)) return Promise.resolve();
  let promise = pending.get(name);
  if (!promise) {
    promise = load().then((m) => {
      cytoscape.use(m.default);
      registered.add(name);
    });
    pending.set(name, promise);
  }
  return promise;
}
