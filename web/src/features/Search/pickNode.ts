/**
 * Picking a node from search (or any list): make sure it is drawn — un-hide it, and if the current
 * filters left it out, bring in its neighbourhood — then select it, which centres the canvas on it.
 */
import type { NodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";

export function pickNode(id: NodeId, visibleIds: ReadonlySet<string>) {
  const store = useViewStore.getState();
  if (store.hidden.includes(id)) store.set({ hidden: store.hidden.filter((h) => h !== id) });
  if (!visibleIds.has(id)) store.expand(id);
  store.select(id);
}
