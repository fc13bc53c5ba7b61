/** Read routes over generated query strings and path ids: answered in time, never a 5xx, errors well-formed. */
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { GraphPayload } from "../../../model/api.ts";
import { type Harness, removeHarnessFiles, startHarness } from "../harness.ts";
import { expectWellFormed, send } from "./answers.ts";
import { ID_ROUTES, pathId, queryString, READ_ROUTES } from "./queries.ts";
import { checkProperty, FUZZ_TEST_TIMEOUT_MS } from "./settings.ts";

let h: Harness;
let realIds: string[];
beforeAll(async () => {
  h = await startHarness({ app: { authenticate: () => ({ name: "fuzz", role: "editor" }) } });
  const graph = (await h.get<GraphPayload>("/api/graph?limit=20000")).body;
  realIds = [...graph.nodes.map((n) => n.id as string), "article:1"].slice(0, 50);
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

describe("fuzz: read routes", () => {
  it(
    "answers any query string on any read route",
    async () => {
      await checkProperty(
        fc.asyncProperty(fc.constantFrom(...READ_ROUTES), queryString, async (route, query) => {
          const path = query ? `${route}?${query}` : route;
          expectWellFormed(await send(h.url + path), `GET ${path.slice(0, 200)}`);
        }),
        500,
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    "answers any id, with any query, on the routes that take one",
    async () => {
      await checkProperty(
        fc.asyncProperty(
          fc.constantFrom(...ID_ROUTES),
          pathId(realIds),
          queryString,
          async (route, id, query) => {
            const path = `${route(id)}${query ? `?${query}` : ""}`;
            expectWellFormed(await send(h.url + path), `GET ${path.slice(0, 200)}`);
          },
        ),
        400,
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
