import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { SearchIndex } from "./nameIndex.ts";
import { cliticVariants, searchKeys } from "./terms.ts";

const node = (
  id: string,
  kind: GraphNode["kind"],
  ar: string,
  en: string | null,
  aliases?: string[],
): GraphNode => ({
  id: nodeId(id),
  kind,
  name: { ar, en },
  ...(aliases ? { aliases } : {}),
});

const NODES = [
  node("person:putin", "Person", "فلاديمير بوتين", "Vladimir Putin", ["بوتن"]),
  node("person:sisi", "Person", "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", ["عبدالفتاح السيسي"]),
  node("person:assad", "Person", "بشار الأسد", "Bashar al-Assad"),
  node("country:syria", "Country", "سوريا", "Syria", ["سورية"]),
  node("place:astana", "Place", "أستانا", "Astana", ["أستانة"]),
  node("person:cavusoglu", "Person", "مولود جاويش أوغلو", "Mevlüt Çavuşoğlu"),
  node("person:kilicdaroglu", "Person", "كمال كليتشدار أوغلو", "Kemal Kılıçdaroğlu"),
  node("event:x", "Event", "لقاء: فلاديمير بوتين – بشار الأسد", "Meeting: Vladimir Putin – Bashar al-Assad"),
];

describe("cliticVariants", () => {
  it("strips conjunction, preposition and article, keeping stems of three letters or more", () => {
    expect(cliticVariants("وبوتين").sort()).toEqual(["بوتين", "وبوتين", "وتين"].sort());
    expect(cliticVariants("للسيسي")).toContain("سيسي");
    expect(cliticVariants("والاسد")).toEqual(expect.arrayContaining(["الاسد", "اسد"]));
    expect(cliticVariants("بها")).toEqual(["بها"]);
    expect(cliticVariants("putin")).toEqual(["putin"]);
  });
  it("normalises before stripping", () => {
    expect(searchKeys("بِسُوريَة")).toEqual(expect.arrayContaining(["سوريه"]));
  });
});

describe("Latin accents", () => {
  const index = new SearchIndex();
  index.upsert(NODES);
  it.each([
    ["Cavusoglu", "person:cavusoglu"],
    ["cavuşoglu", "person:cavusoglu"],
    ["Çavuşoğlu", "person:cavusoglu"],
    ["Mevlut", "person:cavusoglu"],
    ["Kilicdaroglu", "person:kilicdaroglu"],
  ])("%s → %s: accents fold both in the index and in the query", (q, id) => {
    expect(index.search({ q, limit: 5 })[0]?.id).toBe(id);
  });
  it("leaves Arabic to its own normalisation", () => {
    expect(searchKeys("إدلب")).toEqual(searchKeys("ادلب"));
  });
});

describe("SearchIndex", () => {
  const index = new SearchIndex();
  index.upsert(NODES);
  const top = (q: string, kinds?: GraphNode["kind"][]) => index.search({ q, kinds, limit: 5 })[0];

  it.each(["بوتين", "وبوتين", "لبوتين", "putin", "Putin", "Poutine", "بوتن", "فلاديمير"])(
    "%s → Putin",
    (q) => {
      expect(top(q)?.id).toBe("person:putin");
    },
  );

  it.each([
    ["سورية", "country:syria"],
    ["بسوريا", "country:syria"],
    ["سورياة", "country:syria"],
    ["أستانة", "place:astana"],
    ["استانا", "place:astana"],
    ["عبدالفتاح", "person:sisi"],
    ["والأسد", "person:assad"],
    ["assad", "person:assad"],
    // Arabic presentation forms (as copied from a PDF) and full-width Latin.
    ["ﺑﻮﺗﻴﻦ", "person:putin"],
    ["ﻭﺑﻮﺗﻴﻦ", "person:putin"],
    ["ａｓｓａｄ", "person:assad"],
  ])("%s → %s", (q, id) => {
    expect(top(q)?.id).toBe(id);
  });

  it("ranks the person above an event whose label names them, and filters by kind", () => {
    const hits = index.search({ q: "بوتين", limit: 10 });
    expect(hits.map((h) => h.id)).toEqual(["person:putin", "event:x"]);
    expect(index.search({ q: "بوتين", kinds: ["Event"], limit: 10 }).map((h) => h.id)).toEqual(["event:x"]);
  });

  it("reports which name matched", () => {
    expect(top("Putin")?.matched).toBe("Vladimir Putin");
    expect(top("بوتن")?.matched).toBe("بوتن");
  });

  it("replaces a node's names on upsert and forgets removed nodes", () => {
    const i = new SearchIndex();
    i.upsert([node("person:a", "Person", "اسم قديم", null)]);
    i.upsert([node("person:a", "Person", "اسم جديد", null)]);
    expect(i.search({ q: "قديم", limit: 5 })).toEqual([]);
    expect(i.search({ q: "جديد", limit: 5 }).map((h) => h.id)).toEqual(["person:a"]);
    i.remove(["person:a"]);
    expect(i.size).toBe(0);
  });

  it("re-indexes a node whose kind or alias changed, and keeps one whose names did not", () => {
    const i = new SearchIndex();
    i.upsert([node("org:a", "Person", "هيئة الموانئ", null, ["المجلس"])]);
    i.upsert([node("org:a", "Person", "هيئة الموانئ", null, ["المجلس"])]);
    expect(i.search({ q: "الموانئ", limit: 5 }).map((h) => h.id)).toEqual(["org:a"]);
    i.upsert([node("org:a", "Organization", "هيئة الموانئ", null, ["المجلس"])]);
    expect(i.search({ q: "الموانئ", kinds: ["Person"], limit: 5 })).toEqual([]);
    expect(i.search({ q: "الموانئ", kinds: ["Organization"], limit: 5 }).map((h) => h.kind)).toEqual([
      "Organization",
    ]);
    i.upsert([node("org:a", "Organization", "هيئة الموانئ", null, ["سلطة المرافئ"])]);
    expect(i.search({ q: "المرافئ", limit: 5 }).map((h) => h.id)).toEqual(["org:a"]);
    expect(i.search({ q: "المجلس", limit: 5 })).toEqual([]);
    expect(i.size).toBe(1);
  });
});

describe("SearchIndex on many similar names (capped work)", () => {
  const many = (n: number, name: (i: number) => [string, string], kind: GraphNode["kind"] = "Person") =>
    Array.from({ length: n }, (_, i) => node(`${kind.toLowerCase()}:${i}`, kind, ...name(i)));
  const people = many(300, (i) => [`بوتين رقم ${i}`, `Putin ${i}`]);
  const events = many(6000, (i) => [`حدث ${i}`, `Event ${i}`], "Event");

  it("breaks ties by id, whatever the insertion order", () => {
    const a = new SearchIndex();
    a.upsert(people);
    const b = new SearchIndex();
    b.upsert([...people].reverse());
    const ids = (i: SearchIndex) => i.search({ q: "putin", limit: 5 }).map((h) => h.id);
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a)).toEqual([...ids(a)].sort());
  });

  it("finds variants among many exact holders, and typos when exact matches are few", () => {
    const index = new SearchIndex();
    index.upsert([...people, node("person:poutine", "Person", "بوتن", "Poutine")]);
    expect(index.search({ q: "Poutine", limit: 3 })[0]?.id).toBe("person:poutine");
    expect(index.search({ q: "وبوتين", limit: 3 }).every((h) => h.id.startsWith("person:"))).toBe(true);
    // Few exact holders: fuzzy matching fills the result.
    const small = new SearchIndex();
    small.upsert(people.slice(0, 2));
    expect(small.search({ q: "Poutine", limit: 5 }).map((h) => h.id)).toEqual(["person:0", "person:1"]);
  });

  it("a word most nodes hold only re-ranks what rarer words found", () => {
    const index = new SearchIndex();
    index.upsert([...events, ...people]);
    const hits = index.search({ q: "event 42", limit: 10 });
    expect(hits.map((h) => h.id).sort()).toEqual(["event:42", "person:42"]);
    // The common word still counts for the node holding both words.
    const alone = index.search({ q: "42", limit: 10 });
    const scoreOf = (hs: typeof hits, id: string) => hs.find((h) => h.id === id)!.score;
    expect(scoreOf(hits, "event:42")).toBeGreaterThan(scoreOf(alone, "event:42"));
  });

  it("a query of common words alone still ranks by score, then id", () => {
    const index = new SearchIndex();
    index.upsert([
      ...events,
      node("event:long", "Event", "حدث طويل جدا جدا", "event with a much longer label"),
    ]);
    const hits = index.search({ q: "event", limit: 4 });
    expect(hits.map((h) => h.id)).toEqual(["event:0", "event:1", "event:10", "event:100"]);
    expect(hits.map((h) => h.id)).not.toContain("event:long");
  });
});
