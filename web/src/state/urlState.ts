/**
 * ViewState ⇄ URL query string. Short keys keep shared links readable; anything malformed in a link
 * falls back to the default for that field instead of breaking the page.
 */
import { z } from "zod";
import { onCalendar, reversedRange } from "../../../model/api.ts";
import type { NodeId } from "../../../model/ids.ts";
import { GRAPH_VIEWS, LANGUAGES, NODE_KINDS, TIE_KINDS } from "../../../model/kinds.ts";
import {
  COLOR_BY,
  DEFAULT_VIEW,
  LAYOUTS,
  PANELS,
  type Position,
  SIZE_BY,
  type ViewState,
} from "./viewState.ts";

const KEYS = {
  view: "v",
  lang: "lang",
  selected: "sel",
  tie: "tie",
  kinds: "kinds",
  ties: "ties",
  topics: "topics",
  from: "from",
  to: "to",
  minWeight: "w",
  showIsolated: "iso",
  confirmedOnly: "conf",
  showRejected: "rej",
  layout: "layout",
  sizeBy: "size",
  colorBy: "color",
  pinned: "pins",
  hidden: "hide",
  expanded: "exp",
  pathFrom: "pf",
  pathTo: "pt",
  panel: "panel",
  article: "art",
  overview: "ov",
  clusters: "clu",
} as const satisfies Record<keyof ViewState, string>;

/** The API's date rule: `2021-02-30` in a link once left an error screen that Retry could not clear. */
const day = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .refine(onCalendar);
const ids = z.string().transform((s) => s.split(",").filter(Boolean) as NodeId[]);
const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values)));

/**
 * Far beyond any drawn position, yet small enough for the canvas: a pin at `1e12` made the layout ask
 * for an array that long ("Invalid array length").
 */
const MAX_COORDINATE = 1e6;
const coordinate = (raw: string | undefined) => {
  const n = Number(raw);
  return raw && /^-?\d+(\.\d+)?$/.test(raw) && Math.abs(n) <= MAX_COORDINATE ? n : null;
};

const flag = z.enum(["true", "false"]).transform((s) => s === "true");

/** Pins as `id~x~y|id~x~y`; node ids contain ':' and '-' but never '~' or '|'. */
const pins = z.string().transform((s) => {
  const out: Record<string, Position> = {};
  for (const part of s.split("|")) {
    const [id, x, y] = part.split("~");
    const [px, py] = [coordinate(x), coordinate(y)];
    if (id && px !== null && py !== null) out[id] = { x: px, y: py };
  }
  return out;
});

const PARSERS: { [K in keyof ViewState]: z.ZodType<ViewState[K]> } = {
  view: z.enum(GRAPH_VIEWS),
  lang: z.enum(LANGUAGES),
  selected: z
    .string()
    .min(1)
    .transform((s) => s as NodeId),
  tie: z.string().regex(/^[^~]+~[^~]+$/),
  kinds: listOf(NODE_KINDS),
  ties: listOf(TIE_KINDS),
  topics: ids,
  from: day,
  to: day,
  minWeight: z.coerce.number().int().min(1).max(1000),
  showIsolated: flag,
  confirmedOnly: flag,
  showRejected: flag,
  layout: z.enum(LAYOUTS),
  sizeBy: z.enum(SIZE_BY),
  colorBy: z.enum(COLOR_BY),
  pinned: pins,
  hidden: ids,
  expanded: ids,
  pathFrom: z
    .string()
    .min(1)
    .transform((s) => s as NodeId),
  pathTo: z
    .string()
    .min(1)
    .transform((s) => s as NodeId),
  panel: z.enum(PANELS),
  article: z.string().min(1),
  overview: z.coerce.number().int().min(0).max(1_000_000),
  clusters: z.string().transform((s) => s.split(",").filter(Boolean)),
};

export function fromSearchParams(params: URLSearchParams): ViewState {
  const state = { ...DEFAULT_VIEW } as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(KEYS) as (keyof ViewState)[]) {
    const raw = params.get(KEYS[key]);
    if (raw === null) continue;
    const parsed = PARSERS[key].safeParse(raw);
    if (parsed.success) state[key] = parsed.data;
  }
  // A range that ends before it starts matches nothing and the API refuses it: drop it, keep the rest.
  if (state.from && state.to && reversedRange(state.from as string, state.to as string)) {
    state.from = DEFAULT_VIEW.from;
    state.to = DEFAULT_VIEW.to;
  }
  return state as ViewState;
}

function encode(key: keyof ViewState, value: ViewState[keyof ViewState]): string {
  if (key === "pinned") {
    return Object.entries(value as Record<string, Position>)
      .map(([id, p]) => `${id}~${Math.round(p.x)}~${Math.round(p.y)}`)
      .join("|");
  }
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** Only fields that differ from the defaults go into the URL. */
export function toSearchParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as (keyof ViewState)[]) {
    const value = encode(key, state[key]);
    if (state[key] === null || value === encode(key, DEFAULT_VIEW[key])) continue;
    params.set(KEYS[key], value);
  }
  return params;
}
