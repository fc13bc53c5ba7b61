/** Node details and neighbours carry bounded quotes: a page of mentions, a few quotes per edge or event. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphPayload, NodeDetails } from "../../model/api.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

const PUTIN = encodeURIComponent("person:vladimir-putin");
const details = async (query = "") => (await h.get<NodeDetails>(`/api/nodes/${PUTIN}${query}`)).body;

describe("quotes in node details", () => {
  it("pages the mentions and says how many there are", async () => {
    const all = await details("?mentionsLimit=1000");
    expect(all.mentionsTotal).toBe(all.mentions.length);
    expect(all.mentions.length).toBeGreaterThan(4);
    const first = await details("?mentionsLimit=2");
    const second = await details("?mentionsLimit=2&mentionsOffset=2");
    expect(first.mentionsTotal).toBe(all.mentions.length);
    expect([...first.mentions, ...second.mentions]).toEqual(all.mentions.slice(0, 4));
  });

  it("sends at most quotesPerItem quotes per event and tie, with the total where it cut", async () => {
    const all = await details();
    const cut = await details("?quotesPerItem=1");
    const many = all.events.find((e) => e.evidence.length > 1);
    expect(many).toBeDefined();
    for (const e of cut.events) expect(e.evidence.length).toBeLessThanOrEqual(1);
    const same = cut.events.find((e) => e.event.id === many!.event.id)!;
    expect([same.evidence[0], same.evidenceTotal]).toEqual([many!.evidence[0], many!.evidence.length]);
    for (const t of cut.ties) expect(t.met?.evidence.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("caps each edge's quotes in a neighbourhood", async () => {
    const all = (await h.get<GraphPayload>(`/api/nodes/${PUTIN}/neighbours?depth=2`)).body;
    const cut = (await h.get<GraphPayload>(`/api/nodes/${PUTIN}/neighbours?depth=2&quotesPerItem=1`)).body;
    expect(cut.edges.map((e) => e.id)).toEqual(all.edges.map((e) => e.id));
    expect(all.edges.some((e) => e.evidence.length > 1)).toBe(true);
    for (const e of cut.edges) {
      expect(e.evidence.length).toBeLessThanOrEqual(1);
      const full = all.edges.find((x) => x.id === e.id)!;
      if (full.evidence.length > 1) expect(e.evidenceTotal).toBe(full.evidence.length);
    }
  });

  it("refuses a page size out of range", async () => {
    expect((await h.get(`/api/nodes/${PUTIN}?mentionsLimit=0`)).status).toBe(400);
    expect((await h.get(`/api/nodes/${PUTIN}?quotesPerItem=500`)).status).toBe(400);
  });
});
