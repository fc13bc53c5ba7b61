/**
 * Client state that is not server data: what the user is looking at and how. Everything here is
 * mirrored to the URL (see urlState.ts), so a link reopens the same picture. Server data lives in
 * TanStack Query, never here.
 */

import { create } from "zustand";
import type { NodeId } from "../../../model/ids.ts";
import type { GraphView, Language, NodeKind, TieKind } from "../../../model/kinds.ts";
import { NODE_KINDS, TIE_KINDS } from "../../../model/kinds.ts";

export const LAYOUTS = ["fcose", "concentric", "circle", "grid"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const SIZE_BY = ["none", "degree", "betweenness"] as const;
export type SizeBy = (typeof SIZE_BY)[number];

export const COLOR_BY = ["kind", "community"] as const;
export type ColorBy = (typeof COLOR_BY)[number];

export const PANELS = [
  "details",
  "timeline",
  "path",
  "analysis",
  "ingest",
  "table",
  "articles",
  "review",
  "questions",
  "cypher",
] as const;
export type PanelName = (typeof PANELS)[number];

export interface Position {
  x: number;
  y: number;
}

export interface ViewState {
  view: GraphView;
  lang: Language;
  selected: NodeId | null;
  /** A tie picked on the canvas: the two people's ids joined by "~" (ids never contain it). */
  tie: string | null;
  /** Node kinds drawn; the legend toggles them. */
  kinds: NodeKind[];
  /** Who-met-whom view: the ties drawn (met in person, spoke by call); the legend toggles them. */
  ties: TieKind[];
  /** Only events about these topics (and what they connect); empty = all. */
  topics: NodeId[];
  /** Time range on event dates, ISO days; null = open. */
  from: string | null;
  to: string | null;
  minWeight: number;
  /** Draw entities no drawn edge reaches (only mentioned, or cut off by a filter). */
  showIsolated: boolean;
  /** Only facts an editor confirmed or edited, in every view and export (the server filters). */
  confirmedOnly: boolean;
  /** Facts an editor rejected are left out unless asked for, so a reviewer can still find them. */
  showRejected: boolean;
  layout: LayoutName;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** Where the user dragged nodes; kept in the saved view. */
  pinned: Record<string, Position>;
  hidden: NodeId[];
  /** Nodes whose neighbourhood was added to the canvas. */
  expanded: NodeId[];
  pathFrom: NodeId | null;
  pathTo: NodeId | null;
  panel: PanelName | null;
  /** Article open in the reader, with the span to scroll to. */
  article: string | null;
  /** The question asked in the Questions panel: its id and parameters, as `who-met?x=…&from=…`. */
  question: string | null;
  /** Above this many nodes the canvas opens on an overview (leaders and folded clusters); 0 = never. */
  overview: number;
  /** Overview clusters drawn member by member. */
  clusters: string[];
}

/** A large graph opens on the overview from this many nodes. */
export const OVERVIEW_THRESHOLD = 400;

/** Kinds drawn on first open: the article nodes would only clutter the network. */
export const DEFAULT_KINDS: NodeKind[] = NODE_KINDS.filter((k) => k !== "Article");

export const DEFAULT_VIEW: ViewState = {
  view: "events",
  lang: "en",
  selected: null,
  tie: null,
  kinds: DEFAULT_KINDS,
  ties: [...TIE_KINDS],
  topics: [],
  from: null,
  to: null,
  minWeight: 1,
  showIsolated: false,
  confirmedOnly: false,
  showRejected: false,
  layout: "fcose",
  sizeBy: "degree",
  colorBy: "kind",
  pinned: {},
  hidden: [],
  expanded: [],
  pathFrom: null,
  pathTo: null,
  panel: "details",
  article: null,
  question: null,
  overview: OVERVIEW_THRESHOLD,
  clusters: [],
};

/** The key of the tie between two people, the same whichever was picked first. */
export const tieKey = (a: NodeId, b: NodeId) => [a, b].sort().join("~");

/** The two people of a tie key; null for anything else. */
export function tieEnds(key: string | null): [NodeId, NodeId] | null {
  const parts = key?.split("~") ?? [];
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0] as NodeId, parts[1] as NodeId] : null;
}

/** What undo restores: changes to which nodes are on the canvas. */
type CanvasMembership = Pick<ViewState, "hidden" | "expanded">;

interface ViewActions {
  set: (patch: Partial<ViewState>) => void;
  select: (id: NodeId | null) => void;
  selectTie: (a: NodeId, b: NodeId) => void;
  toggleKind: (kind: NodeKind) => void;
  toggleTie: (kind: TieKind) => void;
  hide: (id: NodeId) => void;
  expand: (id: NodeId) => void;
  pin: (id: NodeId, at: Position) => void;
  unpin: (id: NodeId) => void;
  undo: () => void;
  canUndo: () => boolean;
  reset: () => void;
}

export type ViewStore = ViewState & ViewActions & { history: CanvasMembership[] };

const remember = (s: ViewStore) => [...s.history, { hidden: s.hidden, expanded: s.expanded }].slice(-50);

export const useViewStore = create<ViewStore>()((set, get) => ({
  ...DEFAULT_VIEW,
  history: [],
  set: (patch) => set(patch),
  select: (id) => set({ selected: id, tie: null, panel: id ? "details" : get().panel }),
  selectTie: (a, b) => set({ tie: tieKey(a, b), selected: null, panel: "details" }),
  toggleKind: (kind) =>
    set((s) => ({ kinds: s.kinds.includes(kind) ? s.kinds.filter((k) => k !== kind) : [...s.kinds, kind] })),
  toggleTie: (kind) =>
    set((s) => ({ ties: s.ties.includes(kind) ? s.ties.filter((k) => k !== kind) : [...s.ties, kind] })),
  hide: (id) =>
    set((s) =>
      s.hidden.includes(id)
        ? s
        : {
            history: remember(s),
            hidden: [...s.hidden, id],
            selected: s.selected === id ? null : s.selected,
          },
    ),
  expand: (id) =>
    set((s) => (s.expanded.includes(id) ? s : { history: remember(s), expanded: [...s.expanded, id] })),
  pin: (id, at) => set((s) => ({ pinned: { ...s.pinned, [id]: at } })),
  unpin: (id) =>
    set((s) => ({ pinned: Object.fromEntries(Object.entries(s.pinned).filter(([k]) => k !== id)) })),
  undo: () =>
    set((s) => {
      const last = s.history.at(-1);
      return last ? { ...last, history: s.history.slice(0, -1) } : s;
    }),
  canUndo: () => get().history.length > 0,
  reset: () => set({ ...DEFAULT_VIEW, history: [] }),
}));

/** The serialisable part of the store. */
export function viewStateOf(store: ViewStore): ViewState {
  const out = {} as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(DEFAULT_VIEW) as (keyof ViewState)[]) out[key] = store[key];
  return out as ViewState;
}
