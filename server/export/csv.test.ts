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
      "planned",
      "background",
      "source",
      "language",
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 5)).toEqual([
      "person:putin",
      "Person",
      "فلاديمير بوتين",
      'Vladimir "Vova" Putin, <President>',
      "Poutine|بوتن",
    ]);
    expect(rows[2]![3]).toBe("Meeting & talks\nin Cairo");
    expect(rows[2]![8]).toBe("false");
  });

  it("writes edges with their ends and evidence count", () => {
    const rows = parseCsv(edgesCsv(trickyPayload()));
    const header = rows[0]!;
    expect(rows).toHaveLength(3);
    const first = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(first).toMatchObject({
      kind: "PARTICIPATED_IN",
      source: "person:putin",
      target: "event:meeting-2017-12-11",
      role: "guest",
      evidenceCount: "1",
      articles: "000",
    });
  });
});
