/**
 * Generated ingests, valid and hostile, against one server; then only the accepted ones against a fresh
 * one. The two graphs must be the same: a refused request leaves nothing behind.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { ArticleSummary, GraphPayload, Stats } from "../../../model/api.ts";
import { type Harness, removeHarnessFiles, startHarness } from "../harness.ts";
import { expectWellFormed } from "./answers.ts";
import { badUtf8Body, contentType, ingestBody } from "./bodies.ts";
import { describeWrite, post, serialize, type Write } from "./post.ts";
import { checkProperty, FUZZ_TEST_TIMEOUT_MS } from "./settings.ts";

const editorApp = {
  authenticate: () => ({ name: "fuzz", role: "editor" as const }),
  writeRateLimits: { articlesPerMinute: 100_000, writesPerMinute: 100_000 },
};

const harnesses: Harness[] = [];
const start = async () => {
  const h = await startHarness({ app: editorApp });
  harnesses.push(h);
  return h;
};
afterAll(async () => {
  for (const h of harnesses) {
    await h.close();
    await removeHarnessFiles(h);
  }
});

const write: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(
        ingestBody,
        fc.boolean(),
        fc.oneof({ weight: 6, arbitrary: fc.constant("application/json") }, contentType),
      )
      .map(([value, withProto, type]) => ({ body: serialize(value, withProto), contentType: type })),
  },
  { weight: 1, arbitrary: badUtf8Body.map((body) => ({ body, contentType: "application/json" })) },
);

/** What identifies a graph: its node and edge ids, article ids and counts. */
async function fingerprint(h: Harness) {
  const graph = (await h.get<GraphPayload>("/api/graph?limit=20000")).body;
  const articles = (await h.get<ArticleSummary[]>("/api/articles")).body;
  return {
    nodes: graph.nodes.map((n) => n.id).sort(),
    edges: graph.edges.map((e) => e.id).sort(),
    articles: articles.map((a) => a.id).sort(),
    stats: (await h.get<Stats>("/api/stats")).body,
  };
}

describe("fuzz: ingest", () => {
  it(
    "keeps exactly what it accepted",
    async () => {
      const first = await start();
      const before = await fingerprint(first);
      const accepted: Write[] = [];
      await checkProperty(
        fc.asyncProperty(write, async (w) => {
          const answer = await post(`${first.url}/api/articles`, w);
          expectWellFormed(answer, describeWrite("/api/articles", w));
          if (answer.status < 300) accepted.push(w);
        }),
        150,
      );
      expect(({} as Record<string, unknown>).polluted, "no prototype pollution").toBeUndefined();
      const written = accepted.filter((w) => !String(w.body).includes('"dryRun":true'));
      // Hostile bodies alone would make this vacuous: enough valid articles must have gone in.
      expect(written.length).toBeGreaterThan(5);
      const after = await fingerprint(first);
      expect(after.nodes.length).toBeGreaterThan(before.nodes.length);

      const replay = await start();
      for (const w of accepted) {
        const answer = await post(`${replay.url}/api/articles`, w);
        expect(answer.status, describeWrite("/api/articles (replay)", w)).toBeLessThan(300);
      }
      expect(await fingerprint(replay)).toEqual(after);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
