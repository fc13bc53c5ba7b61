import { describe, expect, it } from "vitest";
import type { NodeRef } from "../../../../model/api.ts";
import type { NodeId } from "../../../../model/ids.ts";
import type { QuestionAnswer } from "../../../../model/questionAnswer.ts";
import { answerCsv } from "./answerCsv.ts";

const node = (id: string, ar: string, en: string): NodeRef => ({
  id: id as NodeId,
  kind: "Person",
  name: { ar, en },
});

describe("an answer as CSV", () => {
  const answer: QuestionAnswer = {
    question: "who-met",
    columns: [
      { key: "person", kind: "node" },
      { key: "occasions", kind: "count" },
      { key: "first", kind: "date" },
    ],
    rows: [
      { person: node("person:lina-haddad", "لينا حداد", "Lina Haddad"), occasions: 3, first: "2020-02-03" },
      { person: node("person:odd", "=HYPERLINK(1)", "=HYPERLINK(1)"), occasions: 1, first: null },
    ],
    highlight: [],
    truncated: false,
  };

  it("starts with a byte-order mark, ends lines with CRLF, and gives each node's name and id", () => {
    const csv = answerCsv(answer, (n) => n.name.ar);
    expect(csv.startsWith("\uFEFFperson,person_id,occasions,first\r\n")).toBe(true);
    expect(csv).toContain("لينا حداد,person:lina-haddad,3,2020-02-03\r\n");
    expect(csv.split("\r\n")).toHaveLength(4);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const csv = answerCsv(answer, (n) => n.name.en ?? "");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
