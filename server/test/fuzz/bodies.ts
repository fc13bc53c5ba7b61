/** Generated ingest bodies (some valid, most hostile) and generic hostile JSON for the other write routes. */
import fc from "fast-check";
import { generateArticles } from "../../../graph-seed/bench/generateArticles.ts";
import { hostileString, nearLimit, wrongType } from "./strings.ts";

/** A real-looking article (bench generator: catalog names in template sentences), different per seed. */
const articleText = fc.integer({ min: 1, max: 1_000_000 }).map((seed) => generateArticles(1, seed)[0]!.text);

/** Invisible or hostile characters spliced into a real article at a few places. */
const taintedText = fc
  .tuple(articleText, fc.array(fc.tuple(fc.nat(), hostileString(3)), { minLength: 1, maxLength: 4 }))
  .map(([text, cuts]) =>
    cuts.reduce((t, [at, piece]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + piece + t.slice(i);
    }, text),
  );

const text = fc.oneof(
  { arbitrary: articleText, weight: 4 },
  { arbitrary: taintedText, weight: 3 },
  { arbitrary: hostileString(), weight: 2 },
  // One "sentence" past the longest allowed, and a text just over the size limit: both refused unread.
  { arbitrary: fc.constantFrom("ب".repeat(2001), `${"وزير. ".repeat(33_334)}`), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);

const absent = fc.constant(undefined);
const optionalString = (limit: number) =>
  fc.oneof(absent, fc.constant(null), hostileString(4), nearLimit(limit), wrongType);
const published = fc.oneof(
  absent,
  fc.constant(null),
  fc.constantFrom(
    "2024-02-29",
    "2023-02-29",
    "2024-13-01",
    "1799-12-31",
    "2200-01-01",
    "2024-1-1",
    "٢٠٢٤-٠١-٠١",
    "",
  ),
  wrongType,
);
const dryRun = fc.oneof({ arbitrary: absent, weight: 4 }, fc.boolean(), fc.constantFrom("true", 1, null));

/** A body as a value (undefined fields are left out by JSON.stringify). */
export const ingestBody = fc.record(
  {
    text,
    title: optionalString(500),
    published,
    source: optionalString(300),
    dryRun,
    extra: hostileString(3),
  },
  { requiredKeys: ["text"] },
);

/** JSON nested `depth` deep: arrays or objects. */
export const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 100_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
  );

/** Any JSON value with hostile strings in it. */
export const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        hostileString(2),
        fc.constantFrom("target", "status", "version", "items", "name", "id", "reason", "kind"),
      ),
      tie("value"),
      { maxKeys: 4 },
    ),
  ),
})).value;

/** Headers that describe the body wrongly or oddly. */
export const contentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "application/json; charset=utf-16",
  "APPLICATION/JSON",
  "text/plain",
  "text/plain; charset=utf-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "",
  "application/json, text/plain",
);

/** Bytes that are not UTF-8 inside an otherwise JSON body. */
export const badUtf8Body = fc
  .constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe0, 0x80])
  .map((bytes) => Buffer.concat([Buffer.from('{"text":"وزير'), Buffer.from(bytes), Buffer.from('"}')]));
