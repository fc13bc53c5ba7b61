/**
 * A node the user dragged into place (a pin) wears a pushpin at its top corner, over its kind's icon,
 * so it is clear why a layout leaves it where it is; the details panel offers to unpin it.
 */
import type { StylesheetJson } from "cytoscape";
import { NODE_KINDS } from "../../../model/kinds.ts";
import { KIND_LOOK } from "./kindStyle.ts";

export const PUSHPIN = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">' +
    '<circle cx="12" cy="12" r="11" fill="#ffffff" stroke="#1d2633" stroke-width="1.5"/>' +
    '<path d="M9 4h6l-1 5 3 3H7l3-3z M12 12v8" fill="#b00020" stroke="#1d2633" stroke-width="1.3" stroke-linejoin="round"/>' +
    "</svg>",
)}`;

export const pinRules: StylesheetJson = NODE_KINDS.map((kind) => ({
  selector: `node.pinned[kind = "${kind}"]`,
  style: {
    "background-image": [KIND_LOOK[kind].icon, PUSHPIN],
    "background-width": ["58%", "50%"],
    "background-height": ["58%", "50%"],
    "background-position-x": ["50%", "110%"],
    "background-position-y": ["50%", "-10%"],
    "background-clip": ["none", "none"],
    "background-image-containment": ["inside", "over"],
    "bounds-expansion": 6,
  },
})) as StylesheetJson;
