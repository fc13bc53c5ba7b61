/**
 * Search on Neo4j: the Lucene query built from a user's text (same normalisation as the embedded index),
 * the terms stored on each node, the statement and parameters sent, and how its rows become hits. The
 * index itself runs in Neo4j only: contract/contract.test.ts searches a real one when NEO4J_URI is set.
 */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { searchQuerySchema } from "../../../model/api.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { READ_SCHEMA_STATEMENTS, SEARCH_NAMES } from "./cypherReads.ts";
import { fakeRunner } from "./fakeRunner.ts";
import { luceneQuery, matchedName, searchTermsOf } from "./fulltext.ts";
import { nodeToRow } from "./mapping.ts";
import { searchNames } from "./search.ts";

const erdogan: GraphNode = {
  id: nodeId("person:erdogan"),
  kind: "Person",
  name: { ar: "رجب طيب أردوغان", en: "Recep Tayyip Erdoğan" },
  aliases: ["الرئيس التركي"],
};
const q = (text: string, extra: Record<string, string> = {}) =>
  searchQuerySchema.parse({ q: text, ...extra });
const terms = (n: Pick<GraphNode, "name" | "aliases">) => searchTermsOf(n).split(" ");

describe("searchTermsOf: what the fulltext index holds for a node", () => {
  it("folds hamza, ta marbuta, diacritics and Latin marks, and adds clitic-stripped forms", () => {
    const t = terms(erdogan);
    expect(t).toEqual(
      expect.arrayContaining(["اردوغان", "erdogan", "recep", "الرييس", "رييس", "التركي", "تركي"]),
    );
    expect(t.some((x) => /[أإآةًٌَُِّْğ]/.test(x))).toBe(false);
    expect(terms({ name: { ar: "القاهرةُ", en: null } })).toEqual(["القاهره", "قاهره"]);
  });

  it("is written with every node, so the index follows renames and new aliases", () => {
    expect(nodeToRow(erdogan).props.searchTerms).toBe(searchTermsOf(erdogan));
    const renamed = { ...erdogan, aliases: ["Erdoğan Bey"] };
    expect(String(nodeToRow(renamed).props.searchTerms).split(" ")).toContain("bey");
  });

  it("the index splits on whitespace only: the analyzer must not undo our normalisation", () => {
    expect(READ_SCHEMA_STATEMENTS[0]).toMatch(/CREATE FULLTEXT INDEX node_search IF NOT EXISTS/);
    expect(READ_SCHEMA_STATEMENTS[0]).toMatch(/ON EACH \[n\.searchTerms\]/);
    expect(READ_SCHEMA_STATEMENTS[0]).toMatch(/`fulltext\.analyzer`: 'whitespace'/);
  });
});

describe("luceneQuery: the user's text as Lucene syntax", () => {
  it("exact, prefix from three letters, fuzzy by length, per normalised clitic variant", () => {
    expect(luceneQuery("وماكرون")).toBe(
      "(وماكرون^4 OR وماكرون*^1 OR وماكرون~2^0.5) OR (ماكرون^4 OR ماكرون*^1 OR ماكرون~2^0.5)",
    );
    expect(luceneQuery("Éd")).toBe("(ed^4)");
    expect(luceneQuery("بوش")).toBe("(بوش^4 OR بوش*^1)");
    expect(luceneQuery("Putin")).toBe("(putin^4 OR putin*^1 OR putin~1^0.5)");
    // Numbers take no typo: 2023 is not 2024.
    expect(luceneQuery("G20")).toBe("(g20^4 OR g20*^1)");
  });

  it("leaves no Lucene operator or syntax character from the input", () => {
    for (const text of ['putin AND "x" OR (y) -z +w ~ * ? : \\ / [a TO b] {c} ^2 !n && ||', "NOT سيسي"]) {
      const query = luceneQuery(text)!;
      const bare = query.replace(/\^[\d.]+|~\d|\*|\(|\)| OR /g, " ");
      expect(bare).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
      // Operators are upper case; every term is lower-cased by the normalisation.
      expect(bare).not.toMatch(/\b(AND|NOT|TO)\b/);
    }
  });

  it("null when there is nothing to look up", () => {
    expect(luceneQuery("؟! ...")).toBeNull();
  });
});

describe("matchedName", () => {
  it("picks the name the query reached: exact first, then shared terms, prefixes and typos", () => {
    expect(matchedName(erdogan, "أردوغان")).toBe("رجب طيب أردوغان");
    expect(matchedName(erdogan, "Erdogan")).toBe("Recep Tayyip Erdoğan");
    expect(matchedName(erdogan, "erdo")).toBe("Recep Tayyip Erdoğan");
    expect(matchedName(erdogan, "للرئيس")).toBe("الرئيس التركي");
    expect(matchedName(erdogan, "Erdgan")).toBe("Recep Tayyip Erdoğan");
  });
});

describe("searchNames: one statement, ranked and cut in the database", () => {
  const quote = JSON.stringify({ articleId: "a1", start: 0, end: 20, quote: "التقى أردوغان ضيفه" });
  const row = {
    props: {
      id: "person:erdogan",
      kind: "Person",
      nameAr: "رجب طيب أردوغان",
      nameEn: "Recep Tayyip Erdoğan",
    },
    score: 7.123456,
    quotes: [quote],
  };

  it("sends the Lucene query, the kind filter, the boosts and integer limits; maps rows to hits", async () => {
    const db = fakeRunner(new Map([[SEARCH_NAMES, [row]]]));
    const hits = await searchNames(db, q("اردوغان", { kinds: "Person,Country", limit: "5" }));
    expect(hits).toEqual([
      {
        node: {
          id: "person:erdogan",
          kind: "Person",
          name: { ar: "رجب طيب أردوغان", en: "Recep Tayyip Erdoğan" },
        },
        score: 7.123,
        matched: "رجب طيب أردوغان",
        snippet: "التقى أردوغان ضيفه",
      },
    ]);
    const [sent] = db.calls;
    expect(neo4j.isInt(sent!.params.limit)).toBe(true);
    expect(neo4j.isInt(sent!.params.pool)).toBe(true);
    expect(db.paramsOf(SEARCH_NAMES)).toEqual([
      {
        query: luceneQuery("اردوغان"),
        kinds: ["Person", "Country"],
        pool: 1000,
        limit: 5,
        boosts: expect.objectContaining({ Person: 1, Event: 0.4, Article: 0.2 }),
      },
    ]);
  });

  it("without kinds it looks at a pool a few times the limit; no quote gives no snippet", async () => {
    const db = fakeRunner(new Map([[SEARCH_NAMES, [{ ...row, quotes: [] }]]]));
    const [hit] = await searchNames(db, q("Erdogan"));
    expect(hit!.snippet).toBeNull();
    expect(hit!.matched).toBe("Recep Tayyip Erdoğan");
    expect(db.paramsOf(SEARCH_NAMES)[0]).toMatchObject({ kinds: null, pool: 50, limit: 10 });
  });

  it("asks the database nothing for a text without letters or digits", async () => {
    const db = fakeRunner(new Map());
    expect(await searchNames(db, q("؟!"))).toEqual([]);
    expect(db.calls).toEqual([]);
  });
});
