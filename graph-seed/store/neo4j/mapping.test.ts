/** Driver values and stored property maps → model records, with hand-made Neo4j values. */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode, Provenance } from "../../../model/graph.ts";
import { articleId, edgeId, nodeId } from "../../../model/ids.ts";
import { decodeEvidence, encodeEvidence } from "./evidence.ts";
import { edgeFromRecord, edgeToRow, nodeFromProps, nodeRefFromProps, nodeToRow } from "./mapping.ts";
import { toJsNumber, toPlain } from "./values.ts";

describe("toPlain", () => {
  it("turns Integers, dates and nested lists/maps into plain JSON values", () => {
    const value = {
      count: neo4j.int(42),
      day: new neo4j.types.Date(2017, 12, 11),
      at: new neo4j.types.DateTime(2021, 9, 14, 10, 30, 0, 0, 0),
      list: [neo4j.int(1), "x", null, true],
      nested: { n: neo4j.int(-7), f: 1.5 },
    };
    expect(toPlain(value)).toEqual({
      count: 42,
      day: "2017-12-11",
      at: "2021-09-14T10:30:00Z",
      list: [1, "x", null, true],
      nested: { n: -7, f: 1.5 },
    });
  });

  it("refuses integers that a JS number cannot hold, instead of rounding them", () => {
    expect(() => toJsNumber(neo4j.int("9007199254740993"))).toThrow(/out of range/);
    expect(() => toJsNumber("12")).toThrow(/expected an integer/);
  });
});

const prov: Provenance = {
  articleId: articleId("000_a"),
  start: 10,
  end: 60,
  quote: "التقى الرئيس بوتين نظيره",
  mentionStart: 20,
  mentionEnd: 25,
};

describe("evidence codec", () => {
  it("round-trips provenance, with and without mention offsets", () => {
    const bare: Provenance = { articleId: articleId("b"), start: 0, end: 3, quote: "abc" };
    expect(decodeEvidence(encodeEvidence(prov))).toEqual(prov);
    expect(decodeEvidence(encodeEvidence(bare))).toEqual(bare);
  });

  it("serialises the same provenance the same way whatever its key order", () => {
    const shuffled = {
      quote: prov.quote,
      mentionEnd: 25,
      end: 60,
      start: 10,
      mentionStart: 20,
      articleId: prov.articleId,
    };
    expect(encodeEvidence(shuffled)).toBe(encodeEvidence(prov));
  });

  it("names the bad value when a stored string is not provenance", () => {
    expect(() => decodeEvidence('{"articleId":1}')).toThrow(/bad evidence: \{"articleId":1\}/);
  });
});

describe("node mapping", () => {
  const event: GraphNode = {
    id: nodeId("event:2017-12-11:meeting:putin-sisi"),
    kind: "Event",
    name: { ar: "لقاء بوتين والسيسي", en: null },
    eventType: "Meeting",
    date: "2017-12-11",
    datePrecision: "day",
    planned: false,
    background: false,
    source: null,
    aliases: ["Putin–Sisi"],
  };

  it("writes a flat property map and remembers which fields were null", () => {
    const row = nodeToRow(event);
    expect(row.id).toBe(event.id);
    expect(row.kind).toBe("Event");
    expect(row.props).toEqual({
      id: event.id,
      kind: "Event",
      nameAr: "لقاء بوتين والسيسي",
      aliases: ["Putin–Sisi"],
      eventType: "Meeting",
      date: "2017-12-11",
      datePrecision: "day",
      planned: false,
      background: false,
      nullKeys: ["source"],
      // Not a field: the fulltext index's terms (neo4j/fulltext.ts), left out again on reading.
      searchTerms: "لقاء قاء بوتين وتين والسيسي السيسي سيسي putin sisi",
    });
  });

  it("reads back exactly what was written: values, nulls, and absent fields stay absent", () => {
    const back = nodeFromProps(toPlain(nodeToRow(event).props) as never);
    expect(back).toStrictEqual(event);
    expect("language" in back).toBe(false);
  });

  it("gives a NodeRef with an English name of null when none is stored", () => {
    expect(nodeRefFromProps({ id: "person:x", kind: "Person", nameAr: "س" })).toEqual({
      id: "person:x",
      kind: "Person",
      name: { ar: "س", en: null },
    });
  });
});

describe("edge mapping", () => {
  const office: GraphEdge = {
    id: edgeId("HOLDS_OFFICE:person:lavrov->country:russia"),
    kind: "HOLDS_OFFICE",
    source: nodeId("person:lavrov"),
    target: nodeId("country:russia"),
    office: { ar: "وزير الخارجية", en: "Foreign Minister" },
    from: "2004-03-09",
    to: null,
    evidence: [prov],
  };
  const met: GraphEdge = {
    id: edgeId("MET:person:a->person:b"),
    kind: "MET",
    source: nodeId("person:a"),
    target: nodeId("person:b"),
    weight: 2,
    firstDate: "2017-08-21",
    lastDate: null,
    eventIds: [nodeId("event:1"), nodeId("event:2")],
    evidence: [],
  };

  it("flattens the office name and encodes evidence as strings", () => {
    const row = edgeToRow(office);
    expect(row).toMatchObject({
      id: office.id,
      kind: "HOLDS_OFFICE",
      source: "person:lavrov",
      target: "country:russia",
    });
    expect(row.props).toEqual({
      id: office.id,
      kind: "HOLDS_OFFICE",
      officeAr: "وزير الخارجية",
      officeEn: "Foreign Minister",
      from: "2004-03-09",
      nullKeys: ["to"],
      evidence: [encodeEvidence(prov)],
    });
  });

  it.each([office, met])("round-trips $kind edges through a stored record", (edge) => {
    const { props, source, target } = edgeToRow(edge);
    expect(edgeFromRecord({ props: toPlain(props) as never, source, target })).toStrictEqual(edge);
  });

  it("sends whole-number weights as Neo4j Integers, not floats", () => {
    const weight = edgeToRow(met).props.weight;
    expect(neo4j.isInt(weight)).toBe(true);
    expect(toJsNumber(weight)).toBe(2);
    expect(edgeToRow({ ...met, weight: 1.5 }).props.weight).toBe(1.5);
  });

  it("reads a stored integer weight (a Neo4j Integer) as a number", () => {
    const props = toPlain({ ...edgeToRow(met).props, weight: neo4j.int(2) });
    expect(edgeFromRecord({ props: props as never, source: "person:a", target: "person:b" }).weight).toBe(2);
  });

  it("keeps a null office as null, not as an empty name", () => {
    const edge: GraphEdge = { ...office, office: null };
    const { props, source, target } = edgeToRow(edge);
    expect(props).not.toHaveProperty("officeAr");
    expect(edgeFromRecord({ props: props as never, source, target }).office).toBeNull();
  });
});
