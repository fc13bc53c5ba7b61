/** Generated query strings and path ids for the read routes. */
import fc from "fast-check";
import { encodeLoosely, hostileString } from "./strings.ts";

const KNOWN_PARAMS = [
  "q",
  "kinds",
  "limit",
  "from",
  "to",
  "view",
  "minWeight",
  "ties",
  "topics",
  "includePlanned",
  "depth",
  "participant",
  "types",
  "k",
  "maxLength",
  "format",
  "includeRejected",
  "confirmedOnly",
  "status",
  "cursor",
  "target",
  "actor",
] as const;

const ODD_VALUES = [
  "",
  "0",
  "-1",
  "1.5",
  "1e309",
  "99999999999999999999999",
  "NaN",
  "Infinity",
  "0x10",
  " 3",
  "2024-02-30",
  "2024-13-01",
  "0000-00-00",
  "2199-12-31",
  "1799-12-31",
  "2024-1-1",
  "2024-02-29",
  "true",
  "false",
  "yes",
  "TRUE",
  "person,org,,",
  "events",
  "people",
  "json",
  "gexf",
  "%",
  "%zz",
  "%E0%A4",
  "%00",
  "%C0%AF",
  "%ED%A0%80",
  "a%2Cb",
] as const;

const paramName = fc.oneof(fc.constantFrom(...KNOWN_PARAMS), fc.string({ maxLength: 12 }).map(encodeLoosely));

/** Raw (already encoded) values: odd literals, hostile text, or a long run. */
const paramValue = fc.oneof(
  fc.constantFrom(...ODD_VALUES),
  hostileString().map(encodeLoosely),
  fc.integer({ min: 100, max: 5000 }).map((n) => "x".repeat(n)),
);

/** `a=1&a=2&%zz&…`: repeated and unknown names, missing values, bad escapes. */
export const queryString = fc
  .array(fc.tuple(paramName, paramValue, fc.boolean()), { maxLength: 8 })
  .map((pairs) => pairs.map(([name, value, bare]) => (bare ? name : `${name}=${value}`)).join("&"));

/** A path segment: a real id, an odd one, or a very long one. */
export const pathId = (realIds: string[]) =>
  fc.oneof(
    fc.constantFrom(...realIds).map(encodeURIComponent),
    hostileString().map(encodeLoosely),
    fc.constantFrom("%", "%zz", "..", "%2e%2e", "%2F", "a%00b", "%ED%A0%80", "person:", ":::"),
    fc
      .integer({ min: 150, max: 2100 })
      .map((n) => `person:${"ب".repeat(n)}`)
      .map(encodeURIComponent),
  );

export const READ_ROUTES = [
  "/api/search",
  "/api/graph",
  "/api/timeline",
  "/api/paths",
  "/api/articles",
  "/api/stats",
  "/api/health",
  "/api/export",
  "/api/review/queue",
  "/api/audit",
  "/api/corrections/orphans",
  "/api/session",
  "/api/openapi.json",
  "/api/users",
] as const;

export const ID_ROUTES = [
  (id: string) => `/api/nodes/${id}`,
  (id: string) => `/api/nodes/${id}/neighbours`,
  (id: string) => `/api/nodes/${id}/history`,
  (id: string) => `/api/articles/${id}`,
] as const;
