/** A clickable node name: selects (and centres on) the node. */
import type { NodeRef } from "../../../../model/api.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

export function NodeChip({ node }: { node: NodeRef }) {
  const { name } = useT();
  return (
    <button
      type="button"
      className={`chip chip-${node.kind}`}
      dir="auto"
      onClick={() => useViewStore.getState().select(node.id)}
    >
      {name(node.name)}
    </button>
  );
}
