import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { trickyPayload } from "./testPayload.ts";

/** Parses strictly: any XML error fails the test. */
function parseXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
  }).parseFromString(text, "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

describe("graphml export", () => {
  it("keeps a carriage return in a value as a character reference, which parsers do not fold to LF", () => {
    const payload = trickyPayload();
    payload.nodes[0]!.name = { ar: "سطر\rثان", en: "line\r\nnext" };
    const xml = toGraphml(payload);
    expect(xml).not.toContain("\r");
    expect(xml).toContain("line&#13;\nnext");
    const names = Array.from(parseXml(xml).getElementsByTagName("data"))
      .filter((d) => d.getAttribute("key") === "n_name_ar")
      .map((d) => d.textContent);
    expect(names[0]).toBe("سطر\rثان");
  });

  it("is well-formed XML with every node, edge and escaped value", () => {
    const doc = parseXml(toGraphml(trickyPayload()));
    const nodes = Array.from(doc.getElementsByTagName("node"));
    const edges = Array.from(doc.getElementsByTagName("edge"));
    expect(nodes.map((n) => n.getAttribute("id"))).toEqual([
      "person:putin",
      "event:meeting-2017-12-11",
      "person:sisi",
      "topic:=cmd",
    ]);
    expect(edges.map((e) => [e.getAttribute("source"), e.getAttribute("target")])).toEqual([
      ["person:putin", "event:meeting-2017-12-11"],
      ["person:putin", "person:sisi"],
      ["event:meeting-2017-12-11", "topic:=cmd"],
    ]);
    const nameEn = Array.from(nodes[0]!.getElementsByTagName("data")).find(
      (d) => d.getAttribute("key") === "n_name_en",
    );
    expect(nameEn?.textContent).toBe('Vladimir "Vova" Putin, <President>');
    const data = (el: Element, key: string) =>
      Array.from(el.getElementsByTagName("data")).find((d) => d.getAttribute("key") === key)?.textContent;
    expect([data(edges[1]!, "e_kind"), data(edges[1]!, "e_inferred")]).toEqual(["SPOKE_WITH", "true"]);
    expect(data(nodes[1]!, "n_confidence")).toBe("0.62");
    const confidenceKey = Array.from(doc.getElementsByTagName("key")).find(
      (k) => k.getAttribute("id") === "n_confidence",
    );
    expect(confidenceKey?.getAttribute("attr.type")).toBe("double");
  });

  it("declares every data key it uses", () => {
    const doc = parseXml(toGraphml(trickyPayload()));
    const declared = new Set(Array.from(doc.getElementsByTagName("key")).map((k) => k.getAttribute("id")));
    const used = Array.from(doc.getElementsByTagName("data")).map((d) => d.getAttribute("key"));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((k) => !declared.has(k))).toEqual([]);
  });

  it("drops characters XML cannot carry instead of writing a broken file", () => {
    const payload = trickyPayload();
    payload.nodes[0]!.name.en = "bad\u0001char";
    const doc = parseXml(toGraphml(payload));
    expect(doc.getElementsByTagName("node")).toHaveLength(4);
  });
});

describe("gexf export", () => {
  it("is well-formed XML with every node and edge", () => {
    const doc = parseXml(toGexf(trickyPayload()));
    expect(doc.getElementsByTagName("node")).toHaveLength(4);
    expect(doc.getElementsByTagName("edge")).toHaveLength(3);
    const spoke = Array.from(doc.getElementsByTagName("edge")).find(
      (e) => e.getAttribute("kind") === "SPOKE_WITH",
    );
    expect(spoke?.getAttribute("label")).toBe("SPOKE_WITH");
    expect(doc.documentElement?.getAttribute("version")).toBe("1.3");
  });
});
