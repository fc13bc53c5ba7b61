/**
 * ViewState ⇄ URL query string. Short keys keep shared links readable; anything malformed in a link
 * falls back to the default for that field instead of breaking the page. Plain readers, not zod: each
 * field is one string to check against a list or a pattern, and zod would be a sixth of the code the
 * first network waits for (the server, which validates everything that matters, keeps zod).
 */
import { onCalendar, reversedRange } from "../../../model/calendar.ts";
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
  question: "ask",
  overview: "ov",
  clusters: "clu",
} as const satisfies Record<keyof ViewState, string>;

/** A field's reader: the value, or undefined when the link's text is not one (the default stays). */
type Parse<T> = (raw: string) => T | undefined;

const oneOf =
  <T extends string>(values: readonly T[]): Parse<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
const nonEmpty: Parse<string> = (raw) => (raw ? raw : undefined);
const nodeId = nonEmpty as Parse<NodeId>;
const ids: Parse<NodeId[]> = (raw) => raw.split(",").filter(Boolean) as NodeId[];
/** Every item must be known: `kinds=Person,Alien` is a broken link, not a request for people. */
const listOf =
  <T extends string>(values: readonly T[]): Parse<T[]> =>
  (raw) => {
    const items = raw.split(",").filter(Boolean);
    return items.every((x) => oneOf(values)(x)) ? (items as T[]) : undefined;
  };
/** The API's date rule: `2021-02-30` in a link once left an error screen that Retry could not clear. */
const day: Parse<string> = (raw) =>
  /^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw) && onCalendar(raw) ? raw : undefined;
const weight: Parse<number> = (raw) => {
  const n = Number(raw);
  return /^\d+$/.test(raw) && n >= 1 && n <= 1000 ? n : undefined;
};
const flag: Parse<boolean> = (raw) => (raw === "true" ? true : raw === "false" ? false : undefined);

/**
 * Far beyond any drawn position, yet small enough for the canvas: a pin at `1e12` made the layout ask
 * for an array that long ("Invalid array length").
 */
const MAX_COORDINATE = 1e6;
const coordinate = (raw: string | undefined) => {
  const n = Number(raw);
  return raw && /^-?\d+(\.\d+)?$/.test(raw) && Math.abs(n) <= MAX_COORDINATE ? n : null;
};

/** Pins as `id~x~y|id~x~y`; node ids contain ':' and '-' but never '~' or '|'. */
const pins: Parse<Record<string, Position>> = (raw) => {
  const out: Record<string, Position> = {};
  for (const part of raw.split("|")) {
    const [id, x, y] = part.split("~");
    const [px, py] = [coordinate(x), coordinate(y)];
    if (id && px !== null && py !== null) out[id] = { x: px, y: py };
  }
  return out;
};

const PARSERS: { [K in keyof ViewState]: Parse<ViewState[K]> } = {
  view: oneOf(GRAPH_VIEWS),
  lang: oneOf(LANGUAGES),
  selected: nodeId,
  tie: (raw) => (/^[^~]+~[^~]+$/.test(raw) ? raw : undefined),
  kinds: listOf(NODE_KINDS),
  ties: listOf(TIE_KINDS),
  topics: ids,
  from: day,
  to: day,
  minWeight: weight,
  showIsolated: flag,
  confirmedOnly: flag,
  showRejected: flag,
  layout: oneOf(LAYOUTS),
  sizeBy: oneOf(SIZE_BY),
  colorBy: oneOf(COLOR_BY),
  pinned: pins,
  hidden: ids,
  expanded: ids,
  pathFrom: nodeId,
  pathTo: nodeId,
  panel: oneOf(PANELS),
  article: nonEmpty,
  question: (raw) => (raw && raw.length <= 4000 ? raw : undefined),
  overview: (raw) => {
    const n = Number(raw);
    return /^\d+$/.test(raw) && n <= 1_000_000 ? n : undefined;
  },
  clusters: (raw) => raw.split(",").filter(Boolean),
};

export function fromSearchParams(params: URLSearchParams): ViewState {
  const state = { ...DEFAULT_VIEW } as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(KEYS) as (keyof ViewState)[]) {
    const raw = params.get(KEYS[key]);
    if (raw === null) continue;
    const parsed = PARSERS[key](raw);
    if (parsed !== undefined) state[key] = parsed;
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
