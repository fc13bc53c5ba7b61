/** The catalog's facts hold together: unique ids, offices and locations that point at real entries. */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../extract/normalize.ts";
import { CATALOG, catalogEntry, PEOPLE, PLACES } from "./index.ts";

describe("catalog", () => {
  it("has unique ids of the form kind:slug", () => {
    const ids = CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(person|country|place|org|topic):[a-z0-9-]+$/);
  });

  it("offices are held in catalogued states or organisations, with ordered ISO dates", () => {
    for (const p of PEOPLE) {
      for (const o of p.offices) {
        expect(catalogEntry(o.of), `${p.id} → ${o.of}`).toBeDefined();
        if (o.from && o.to) expect(o.from <= o.to, `${p.id} ${o.from}..${o.to}`).toBe(true);
      }
    }
  });

  it("every place lies in a catalogued country", () => {
    for (const p of PLACES) expect(catalogEntry(p.locatedIn)?.type, p.id).toBe("Country");
  });

  it("no strong alias names two entries", () => {
    const owner = new Map<string, string>();
    for (const e of CATALOG) {
      for (const a of e.aliases) {
        const key = normalizeArabic(a).replace(/\s+/g, " ");
        const had = owner.get(key);
        expect(had === undefined || had === e.id, `${a}: ${had} and ${e.id}`).toBe(true);
        owner.set(key, e.id);
      }
    }
  });

  it("only one person holds a resolvable office of a state on any day (spot checks)", () => {
    const presidentsOfUsOn = (day: string) =>
      PEOPLE.filter((p) =>
        p.offices.some(
          (o) =>
            o.office === "president" &&
            o.of === "country:united-states" &&
            (o.from ?? "") <= day &&
            (o.to === null || day < o.to),
        ),
      ).map((p) => p.id);
    expect(presidentsOfUsOn("2017-11-21")).toEqual(["person:donald-trump"]);
    expect(presidentsOfUsOn("2021-09-14")).toEqual(["person:joe-biden"]);
    expect(presidentsOfUsOn("2025-03-01")).toEqual(["person:donald-trump"]);
  });
});
