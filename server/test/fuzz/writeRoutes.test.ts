/** Every write route over hostile JSON, deep nesting, bad UTF-8 and odd content types: no 5xx, no hang. */
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { type Harness, removeHarnessFiles, startHarness } from "../harness.ts";
import { expectWellFormed } from "./answers.ts";
import { badUtf8Body, contentType, deepJson, hostileJson } from "./bodies.ts";
import { describeWrite, post, serialize, type Write } from "./post.ts";
import { pathId } from "./queries.ts";
import { checkProperty, FUZZ_TEST_TIMEOUT_MS } from "./settings.ts";

const WRITE_ROUTES = [
  () => "/api/review/status",
  () => "/api/review/confirm",
  () => "/api/entities",
  () => "/api/events",
  () => "/api/offices",
  () => "/api/users",
  () => "/api/session",
  (id: string) => `/api/entities/${id}/edit`,
  (id: string) => `/api/entities/${id}/merge`,
  (id: string) => `/api/entities/${id}/split`,
  (id: string) => `/api/events/${id}/edit`,
  (id: string) => `/api/offices/${id}/edit`,
  (id: string) => `/api/audit/${id}/revert`,
] as const;

const write: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        hostileJson,
        fc.boolean(),
        fc.oneof({ weight: 4, arbitrary: fc.constant("application/json") }, contentType),
      )
      .map(([value, withProto, type]) => ({ body: serialize(value, withProto), contentType: type })),
  },
  { weight: 1, arbitrary: deepJson.map((body) => ({ body, contentType: "application/json" })) },
  { weight: 1, arbitrary: badUtf8Body.map((body) => ({ body, contentType: "application/json" })) },
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    app: {
      authenticate: () => ({ name: "fuzz", role: "editor" }),
      writeRateLimits: { articlesPerMinute: 100_000, writesPerMinute: 100_000 },
    },
  });
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

describe("fuzz: write routes", () => {
  it(
    "answers any body on any write route",
    async () => {
      await checkProperty(
        fc.asyncProperty(
          fc.constantFrom(...WRITE_ROUTES),
          pathId(["person:x", "event:x"]),
          write,
          async (route, id, w) => {
            const path = route(id);
            expectWellFormed(await post(h.url + path, w), describeWrite(path, w));
          },
        ),
        300,
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
