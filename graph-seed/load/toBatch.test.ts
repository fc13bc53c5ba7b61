import { describe, expect, it } from "vitest";
import type { ExtractedEvent, Extraction } from "../../model/extraction.ts";
import { extractArticle } from "../extract/index.ts";
import { FIXTURE_ARTICLES } from "../store/contract/fixtures.ts";
import { sentenceAround } from "./sentences.ts";
import { toBatch } from "./toBatch.ts";

const [a1, a2] = FIXTURE_ARTICLES;
const edge = (batch: ReturnType<typeof toBatch>, id: string) => batch.edges.find((e) => e.id === id);

describe("toBatch", () => {
  const batch = toBatch(a1!.extraction, a1!.text);

  it("is deterministic", () => {
    expect(toBatch(a1!.extraction, a1!.text)).toEqual(batch);
  });

  it("makes the article, entity and event nodes", () => {
    expect(batch.nodes[0]).toEqual({
      id: "article:fx_a1",
      kind: "Article",
      name: { ar: "ماكرون وشولتس في باريس", en: null },
      date: "2023-05-10",
      datePrecision: "day",
      source: "fixture",
      language: "ar",
    });
    expect(batch.nodes.map((n) => n.kind).sort()).toEqual(
      [
        "Article",
        "Country",
        "Country",
        "Event",
        "Event",
        "Person",
        "Person",
        "Place",
        "Topic",
        "Topic",
      ].sort(),
    );
    expect(batch.nodes.find((n) => n.id === "event:ms-paris")).toEqual({
      id: "event:ms-paris",
      kind: "Event",
      name: { ar: "لقاء: إيمانويل ماكرون – أولاف شولتس", en: "Meeting: Emmanuel Macron – Olaf Scholz" },
      eventType: "Meeting",
      date: "2023-05-10",
      datePrecision: "day",
      dateFrom: "2023-05-10",
      dateTo: "2023-05-10",
      planned: false,
      background: false,
      encounter: null,
      confidence: 0.62,
      cues: ["meeting-verb", "dateline"],
    });
  });

  it("participation carries the role and the sentence, pointing at the participant's name", () => {
    const e = edge(batch, "PARTICIPATED_IN:person:macron->event:ms-paris")!;
    expect(e.role).toBe("host");
    expect(e.evidence).toHaveLength(1);
    const p = e.evidence[0]!;
    expect(p.quote).toBe(a1!.text.slice(p.start, p.end));
    expect(p.quote.startsWith("التقى الرئيس الفرنسي")).toBe(true);
    expect(a1!.text.slice(p.mentionStart, p.mentionEnd)).toBe("ماكرون");
  });

  it("links event to place, topics and article; article to every entity with mention offsets", () => {
    const kinds = batch.edges
      .map((e) => e.id)
      .filter((id) => !id.startsWith("MENTIONS") && !id.startsWith("PARTICIPATED_IN"));
    expect(kinds.sort()).toEqual(
      [
        "DISCUSSED:event:ms-paris->topic:energy",
        "DISCUSSED:event:ms-paris->topic:ukraine",
        "HELD_IN:event:ms-paris->place:paris",
        "HOLDS_OFFICE:person:macron->country:france#President@2017-05-14",
        "HOLDS_OFFICE:person:macron->country:france#President@2022-05-14",
        "HOLDS_OFFICE:person:scholz->country:germany#Chancellor@2021-12-08",
        "LOCATED_IN:place:paris->country:france",
        "REPORTED_IN:event:ms-paris->article:fx_a1",
        "REPORTED_IN:event:ms-press->article:fx_a1",
      ].sort(),
    );
    const mentions = batch.edges.filter((e) => e.kind === "MENTIONS");
    expect(mentions).toHaveLength(7);
    // Each term of office is its own edge: Putin was president, prime minister, then president again.
    const text = "أكد الرئيس الروسي فلاديمير بوتين اليوم.";
    const putinArticle = extractArticle(text, { id: "fx_putin", title: null, published: "2021-09-14" });
    const putin = toBatch(putinArticle, text).edges.filter((e) => e.kind === "HOLDS_OFFICE");
    expect(putin.map((e) => [e.office?.en, e.from])).toEqual(
      expect.arrayContaining([
        ["President", "2000-05-07"],
        ["Prime Minister", "2008-05-08"],
        ["President", "2012-05-07"],
      ]),
    );
    for (const m of mentions) {
      for (const p of m.evidence) {
        expect(p.start).toBeLessThanOrEqual(p.mentionStart!);
        expect(p.end).toBeGreaterThanOrEqual(p.mentionEnd!);
        expect(p.quote).toBe(a1!.text.slice(p.start, p.end));
      }
    }
    expect(edge(batch, "HOLDS_OFFICE:person:macron->country:france#President@2017-05-14")).toMatchObject({
      office: { en: "President" },
      from: "2017-05-14",
      to: "2022-05-13",
      // No sentence states it: a catalog fact, and the edge says so.
      origin: "catalog",
      evidence: [],
    });
  });

  it("an event carries its interval, occasion key and scores; what the extractor left out stays null", () => {
    const x: Extraction = structuredClone(a2!.extraction);
    const [call, berlin] = x.events as [ExtractedEvent, ExtractedEvent];
    Object.assign(call, {
      date: null,
      datePrecision: null,
      dateRange: { from: null, to: "2023-06-02" },
      encounter: "call-1",
      confidence: 0.4,
      participantConfidence: { "person:macron": 0.8, "person:erdogan": 7 },
      cues: ["call-verb", "call-verb", ""],
    });
    const b = toBatch(x, a2!.text);
    const node = (id: string) => b.nodes.find((n) => n.id === id)!;
    expect(node(call.id)).toMatchObject({
      date: null,
      dateFrom: null,
      dateTo: "2023-06-02",
      encounter: "call-1",
      confidence: 0.4,
      cues: ["call-verb"],
    });
    // A month is the whole month; no scores given: null, and no cues at all.
    expect(node(berlin.id)).toMatchObject({ dateFrom: "2023-07-01", dateTo: "2023-07-31", confidence: null });
    expect(node(berlin.id)).not.toHaveProperty("cues");
    const took = (p: string) => edge(b, `PARTICIPATED_IN:${p}->${call.id}`)!.confidence;
    // 7 is no score: not clamped into one.
    expect([took("person:macron"), took("person:erdogan")]).toEqual([0.8, null]);
  });

  it("drops references to entities the extraction does not define instead of failing", () => {
    const x: Extraction = structuredClone(a2!.extraction);
    x.events[0]!.participants.push("person:unknown");
    x.events[0]!.place = "place:nowhere";
    x.entities.push({ ...x.entities[0]!, mentions: [] }); // listed twice
    const b = toBatch(x, a2!.text);
    expect(b.edges.some((e) => e.source === "person:unknown" || e.target === "place:nowhere")).toBe(false);
    expect(b.nodes.filter((n) => n.id === x.entities[0]!.id)).toHaveLength(1);
    const ids = new Set(b.nodes.map((n) => n.id));
    expect(b.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });
});

describe("toBatch: catalog facts", () => {
  const berlinArticle = FIXTURE_ARTICLES.find((a) =>
    a.extraction.entities.some((e) => e.id === "place:berlin"),
  )!;

  it("links a place to its country from the catalog when the article does not name the country", () => {
    expect(berlinArticle.extraction.entities.some((e) => e.id === "country:germany")).toBe(false);
    const b = toBatch(berlinArticle.extraction, berlinArticle.text);
    expect(edge(b, "LOCATED_IN:place:berlin->country:germany")).toEqual({
      id: "LOCATED_IN:place:berlin->country:germany",
      kind: "LOCATED_IN",
      source: "place:berlin",
      target: "country:germany",
      evidence: [],
      origin: "catalog",
    });
    const germany = b.nodes.find((n) => n.id === "country:germany")!;
    expect(germany).toMatchObject({ kind: "Country", name: { ar: "ألمانيا", en: "Germany" } });
    expect(germany.aliases).toContain("ألمانيا");
    // No MENTIONS edge: the article never names it.
    expect(b.edges.some((e) => e.kind === "MENTIONS" && e.target === "country:germany")).toBe(false);
  });

  it("keeps the article's own country node, and skips a country neither article nor catalog knows", () => {
    const withFrance = toBatch(a1!.extraction, a1!.text);
    expect(withFrance.nodes.filter((n) => n.id === "country:france")).toHaveLength(1);
    expect(edge(withFrance, "LOCATED_IN:place:paris->country:france")?.origin).toBe("catalog");
    const x: Extraction = structuredClone(berlinArticle.extraction);
    for (const e of x.entities) if (e.id === "place:berlin") e.locatedIn = "country:atlantis";
    const b = toBatch(x, berlinArticle.text);
    expect(b.edges.some((e) => e.kind === "LOCATED_IN")).toBe(false);
    expect(b.nodes.some((n) => n.id === "country:atlantis")).toBe(false);
  });
});

describe("sentenceAround", () => {
  const text = "الجملة الأولى. الجملة الثانية فيها اسم!\nسطر ثالث";
  it("finds the sentence around a span, trimmed", () => {
    const at = text.indexOf("اسم");
    const s = sentenceAround(text, at, at + 3);
    expect(text.slice(s.start, s.end)).toBe("الجملة الثانية فيها اسم!");
    const last = sentenceAround(text, text.indexOf("ثالث"), text.length);
    expect(text.slice(last.start, last.end)).toBe("سطر ثالث");
    expect(sentenceAround(text, 0, 3)).toEqual({ start: 0, end: text.indexOf(".") + 1 });
  });
});
