import { describe, expect, it } from "vitest";
import { csvCell, edgesCsv, nodesCsv } from "./csv.ts";
import { trickyPayload } from "./testPayload.ts";

/** A minimal RFC 4180 reader, enough to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("csv export", () => {
  it("quotes commas, quotes and newlines", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("x\ny")).toBe('"x\ny"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("defuses spreadsheet formulas", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("@x")).toBe("'@x");
  });

  it("writes a header and one row per node that read back to the same values", () => {
    const rows = parseCsv(nodesCsv(trickyPayload()));
    expect(rows[0]).toEqual([
      "id",
      "kind",
      "name_ar",
      "name_en",
      "aliases",
      "eventType",
      "date",
      "datePrecision",
      "dateFrom",
      "dateTo",
      "dateUncertain",
      "planned",
      "background",
      "encounter",
      "confidence",
      "cues",
      "source",
      "language",
      "status",
      "reviewedBy",
      "reviewedAt",
    ]);
    expect(rows).toHaveLength(5);
    expect(rows[1]!.slice(0, 5)).toEqual([
      "person:putin",
      "Person",
      "فلاديمير بوتين",
      'Vladimir "Vova" Putin, <President>',
      "Poutine|بوتن",
    ]);
    const event = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[2]![i]]));
    expect(event).toMatchObject({
      name_en: "Meeting & talks\nin Cairo",
      planned: "false",
      dateFrom: "2017-12-11",
      dateTo: "2017-12-11",
      confidence: "0.62",
      cues: "meeting-verb|dateline",
      // Absent stays empty: not "0", not "false".
      encounter: "",
      dateUncertain: "",
    });
  });

  it("writes edges with their ends and evidence count", () => {
    const rows = parseCsv(edgesCsv(trickyPayload()));
    const header = rows[0]!;
    expect(rows).toHaveLength(4);
    const row = (i: number) => Object.fromEntries(header.map((h, j) => [h, rows[i]![j]]));
    expect(row(1)).toMatchObject({
      kind: "PARTICIPATED_IN",
      source: "person:putin",
      target: "event:meeting-2017-12-11",
      role: "guest",
      confidence: "0.9",
      evidenceCount: "1",
      articles: "000",
    });
    // A tie says which kind it is (met in person or only spoke) and whether it is inferred.
    expect(row(2)).toMatchObject({
      kind: "SPOKE_WITH",
      weight: "1",
      inferred: "true",
      inferredReason: "both took part in the call of 2017-11-21, but no sentence names both",
      dateUncertain: "false",
    });
  });
});
