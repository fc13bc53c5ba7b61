import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../model/graph.ts";
import { nodeId } from "../../model/ids.ts";
import { SearchIndex } from "./search.ts";
import { cliticVariants, searchKeys } from "./searchTerms.ts";

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
});
