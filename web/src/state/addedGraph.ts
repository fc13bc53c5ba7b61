/** Nodes and edges put on the canvas by the Cypher console: drawn with the view, kept out of the URL. */
import { create } from "zustand";
import type { GraphPayload } from "../../../model/api.ts";

export const useAddedGraph = create<{ added: GraphPayload | null }>(() => ({ added: null }));
