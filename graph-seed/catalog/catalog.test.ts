/** The catalog's data hold together: every file loads, ids are unique, references resolve, terms are ordered. */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchCatalog } from "../extract/mentions/catalogMatch.ts";
import { normalizeArabic } from "../extract/text/normalize.ts";
import { tokenize } from "../extract/text/tokens.ts";
import { catalogProblems } from "./check.ts";
import { CATALOG, COUNTRIES, catalogEntry, PEOPLE, PLACES } from "./index.ts";
import { type Located, parseCatalogData, readCatalogEntries } from "./load.ts";
import { personSchema, placeSchema } from "./schema.ts";
import type { CatalogEntry, CatalogPerson, OfficeKey } from "./types.ts";

const JSON_DIR = new URL("./json/", import.meta.url);

/** Who held `office` of `of` on `day`, by the catalog's own reading: from ≤ day < to. */
const holdersOn = (office: OfficeKey, of: string, day: string) =>
  PEOPLE.filter((p) =>
    p.offices.some(
      (o) => o.office === office && o.of === of && (o.from ?? "") <= day && (o.to === null || day < o.to),
    ),
  ).map((p) => p.id);

describe("catalog data files", () => {
  it.each([
    ["people", personSchema],
    ["places", placeSchema],
  ] as const)("every %s file loads and holds entries", (dir, schema) => {
    const files = readdirSync(new URL(`${dir}/`, JSON_DIR)).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readCatalogEntries(`${dir}/${f}`, schema).length, f).toBeGreaterThan(0);
  });

  it("names the file, the entry and the field of a bad value", () => {
    const raw = [
      { id: "person:ok", name: { ar: "فلان", en: "Ok" }, aliases: ["فلان"] },
      {
        id: "person:bad",
        name: { ar: "علان", en: "Bad" },
        aliases: ["علان"],
        offices: [{ office: "president", of: "country:x", from: "2020-13-01", to: null }],
      },
    ];
    expect(() => parseCatalogData("people/test.json", personSchema.array(), raw)).toThrow(
      /people\/test\.json, entry 1 \(person:bad\), offices\.0\.from: /,
    );
  });

  it("rejects a misspelt field, Latin in an Arabic alias and a term that ends before it starts", () => {
    const entry = (extra: object) => [
      { id: "person:x", name: { ar: "فلان", en: "X" }, aliases: ["فلان"], ...extra },
    ];
    const parse = (extra: object) => () =>
      parseCatalogData("people/x.json", personSchema.array(), entry(extra));
    expect(parse({ weakAlias: ["فلان"] })).toThrow(/entry 0 \(person:x\).*weakAlias/);
    expect(parse({ aliases: ["Putin"] })).toThrow(/aliases\.0: expected Arabic script/);
    expect(
      parse({ offices: [{ office: "king", of: "country:x", from: "2020-01-02", to: "2020-01-01" }] }),
    ).toThrow(/offices\.0: the term ends before it starts/);
  });

  it("reports duplicate ids and offices or places pointing at no catalogued state", () => {
    const at = (where: string, data: CatalogEntry): Located<CatalogEntry> => ({ where, data });
    const person = (offices: CatalogPerson["offices"]): CatalogPerson => ({
      id: "person:x",
      type: "Person",
      name: { ar: "فلان", en: "X" },
      aliases: ["فلان"],
      offices,
    });
    const problems = catalogProblems([
      at(
        "people/a.json, entry 0 (person:x)",
        person([{ office: "king", of: "country:nowhere", from: null, to: null }]),
      ),
      at("people/b.json, entry 4 (person:x)", person([])),
      at("places/c.json, entry 1 (place:y)", {
        id: "place:y",
        type: "Place",
        name: { ar: "مكان", en: "Y" },
        aliases: ["مكان"],
        locatedIn: "person:x",
      } as CatalogEntry),
    ]);
    expect(problems).toEqual([
      "people/b.json, entry 4 (person:x): id person:x is already used by people/a.json, entry 0 (person:x)",
      "people/a.json, entry 0 (person:x), offices.0.of: country:nowhere is no catalogued country or organisation",
      "places/c.json, entry 1 (place:y), locatedIn: person:x is no catalogued country",
    ]);
  });
});

describe("catalog", () => {
  it("has unique ids of the form kind:slug", () => {
    const ids = CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(person|country|place|org|topic):[a-z0-9-]+$/);
  });

  it("offices are held in catalogued states or organisations, from ≤ to", () => {
    for (const p of PEOPLE) {
      for (const o of p.offices) {
        expect(["Country", "Organization"], `${p.id} → ${o.of}`).toContain(catalogEntry(o.of)?.type);
        if (o.from && o.to) expect(o.from <= o.to, `${p.id} ${o.from}..${o.to}`).toBe(true);
      }
    }
  });

  it("every place lies in a catalogued country", () => {
    for (const p of PLACES) expect(catalogEntry(p.locatedIn)?.type, p.id).toBe("Country");
  });

  it("every state has a capital among its places, and a capital that shares its state's name says so", () => {
    // Israel names Jerusalem its capital, which the catalog places in Palestine; Western Sahara's
    // claimed capital (العيون, also "the eyes") is a city Morocco administers.
    const without = new Set(["country:israel", "country:western-sahara"]);
    const places = readCatalogEntries("places", placeSchema).map((e) => e.data);
    const capitals = new Set(places.filter((p) => p.capital).map((p) => p.locatedIn));
    const missing = COUNTRIES.filter((c) => !without.has(c.id) && !capitals.has(c.id)).map((c) => c.id);
    expect(missing).toEqual([]);
    for (const id of without) expect(capitals.has(id), id).toBe(false);
    for (const p of places.filter((x) => x.sharesCountryName)) expect(p.capital, p.id).toBe(true);
  });

  it("no alias names two entries unless it is weak wherever it appears", () => {
    const named = new Map<string, { id: string; weak: boolean }[]>();
    for (const e of CATALOG) {
      const spellings = [
        ...e.aliases.map((a) => ({ a, weak: false })),
        ...(e.weakAliases ?? []).map((a) => ({ a, weak: true })),
      ];
      for (const { a, weak } of spellings) {
        const key = normalizeArabic(a).replace(/\s+/g, " ");
        named.set(key, [...(named.get(key) ?? []).filter((x) => x.id !== e.id), { id: e.id, weak }]);
      }
    }
    const clashes = [...named].filter(([, owners]) => owners.length > 1 && owners.some((o) => !o.weak));
    expect(clashes).toEqual([]);
  });

  it("only one person holds a resolvable office of a state on any day (spot checks)", () => {
    expect(holdersOn("president", "country:united-states", "2017-11-21")).toEqual(["person:donald-trump"]);
    expect(holdersOn("president", "country:united-states", "2021-09-14")).toEqual(["person:joe-biden"]);
    expect(holdersOn("president", "country:united-states", "2025-03-01")).toEqual(["person:donald-trump"]);
  });
});

/** Terms corrected against public records (each names its source in the data). */
describe("office terms checked against public records", () => {
  it.each([
    // Bahrain: Al Zayani took the foreign ministry on 11 February 2020, not in May.
    ["foreign-minister", "country:bahrain", "2020-02-10", "person:khalid-bin-ahmed-al-khalifa"],
    ["foreign-minister", "country:bahrain", "2020-02-11", "person:abdullatif-al-zayani"],
    ["foreign-minister", "country:bahrain", "2005-09-26", "person:khalid-bin-ahmed-al-khalifa"],
    // GCC: Al Hajraf from 1 February 2020, Albudaiwi from 1 February 2023 (not April).
    ["secretary-general", "org:gcc", "2020-01-31", "person:abdullatif-al-zayani"],
    ["secretary-general", "org:gcc", "2020-02-01", "person:nayef-al-hajraf"],
    ["secretary-general", "org:gcc", "2023-01-31", "person:nayef-al-hajraf"],
    ["secretary-general", "org:gcc", "2023-02-01", "person:jasem-albudaiwi"],
    // Yemen: Grundberg assumed his duties on 5 September 2021.
    ["un-envoy", "country:yemen", "2021-09-05", "person:hans-grundberg"],
    // Palestine: al-Maliki's foreign ministry began with the June 2007 government.
    ["foreign-minister", "country:palestine", "2007-06-17", "person:riyad-al-maliki"],
    // Mauritania: Ould Cheikh Ahmed from 11 June 2018, Ould Merzoug from 31 March 2022.
    ["foreign-minister", "country:mauritania", "2018-06-11", "person:ismail-ould-cheikh-ahmed"],
    ["foreign-minister", "country:mauritania", "2022-03-30", "person:ismail-ould-cheikh-ahmed"],
    ["foreign-minister", "country:mauritania", "2022-03-31", "person:mohamed-salem-ould-merzoug"],
    // Yemen: al-Zindani foreign minister from 26 March 2024, prime minister from 15 January 2026.
    ["foreign-minister", "country:yemen", "2024-03-25", "person:ahmed-awad-bin-mubarak"],
    ["foreign-minister", "country:yemen", "2024-03-26", "person:shaya-al-zindani"],
    ["prime-minister", "country:yemen", "2026-01-15", "person:shaya-al-zindani"],
    // Syria: al-Mekdad left the foreign ministry for the vice-presidency on 23 September 2024.
    ["foreign-minister", "country:syria", "2024-09-22", "person:faisal-mekdad"],
    // Syria: Ali Mahmoud Abbas followed Ali Ayyoub at defence on 28 April 2022.
    ["defense-minister", "country:syria", "2022-04-27", "person:ali-abdullah-ayyoub"],
    ["defense-minister", "country:syria", "2022-04-28", "person:ali-mahmoud-abbas"],
    // Syria: Sabbagh deputy foreign minister from 17 October 2023, minister from 23 September 2024.
    ["deputy-foreign-minister", "country:syria", "2023-10-17", "person:bassam-sabbagh"],
    ["foreign-minister", "country:syria", "2024-09-23", "person:bassam-sabbagh"],
    ["foreign-minister", "country:syria", "2024-12-21", "person:asaad-al-shaibani"],
    // Chad: Moussa Faki prime minister 2003–2005, foreign minister April 2008 – January 2017.
    ["prime-minister", "country:chad", "2004-01-01", "person:moussa-faki-mahamat"],
    ["foreign-minister", "country:chad", "2008-04-23", "person:moussa-faki-mahamat"],
  ] as const)("%s of %s on %s: %s", (office, of, day, holder) => {
    expect(holdersOn(office, of, day)).toEqual([holder]);
  });

  it("starts and ends terms where the records do (Bogdanov left on 9 July 2025)", () => {
    expect(holdersOn("deputy-foreign-minister", "country:russia", "2025-07-08")).toContain(
      "person:mikhail-bogdanov",
    );
    expect(holdersOn("deputy-foreign-minister", "country:russia", "2025-07-09")).not.toContain(
      "person:mikhail-bogdanov",
    );
    expect(holdersOn("un-envoy", "country:yemen", "2021-09-04")).toEqual([]);
    expect(holdersOn("foreign-minister", "country:palestine", "2007-06-16")).toEqual([]);
    expect(holdersOn("foreign-minister", "country:syria", "2024-09-23")).not.toContain(
      "person:faisal-mekdad",
    );
    expect(holdersOn("foreign-minister", "country:syria", "2024-12-10")).toEqual([]);
    expect(holdersOn("foreign-minister", "country:chad", "2017-01-30")).toEqual([]);
  });

  it("every corrected term names the record it was checked against", () => {
    const corrected = [
      "person:khalid-bin-ahmed-al-khalifa",
      "person:abdullatif-al-zayani",
      "person:nayef-al-hajraf",
      "person:jasem-albudaiwi",
      "person:hans-grundberg",
      "person:riyad-al-maliki",
      "person:mikhail-bogdanov",
      "person:shaya-al-zindani",
      "person:faisal-mekdad",
      "person:bassam-sabbagh",
      "person:moussa-faki-mahamat",
    ];
    for (const id of corrected) {
      const p = PEOPLE.find((x) => x.id === id)!;
      expect(
        p.offices.some((o) => o.source),
        id,
      ).toBe(true);
    }
  });
});

/** What the catalog's names read as, through the extractor's matcher (the longest name wins). */
describe("names of states and places", () => {
  const named = (text: string) => matchCatalog(tokenize(text)).map((h) => h.entry.id);

  it.each([
    ["غينيا", "country:guinea"],
    ["غينيا بيساو", "country:guinea-bissau"],
    ["غينيا الاستوائية", "country:equatorial-guinea"],
    ["بابوا غينيا الجديدة", "country:papua-new-guinea"],
    ["الكونغو", "country:congo"],
    ["جمهورية الكونغو الديمقراطية", "country:dr-congo"],
    ["السودان", "country:sudan"],
    ["جنوب السودان", "country:south-sudan"],
    ["النيجر", "country:niger"],
    ["نيجيريا", "country:nigeria"],
    ["جورجيا", "country:georgia"],
    ["ولاية جورجيا", "place:georgia-us-state"],
    ["وليسوتو", "country:lesotho"],
    ["الليسوتية", "country:lesotho"],
    ["سانت فنسنت وجزر غرينادين", "country:saint-vincent-and-the-grenadines"],
    ["الجمهورية العربية الصحراوية الديمقراطية", "country:western-sahara"],
    ["بيساو", "place:bissau"],
    ["بنورسلطان", "place:astana-city"],
    ["أستانا", "place:astana-city"],
    ["العاصمة الكازاخية أستانة", "place:astana-city"],
    ["أستانة", "topic:astana-process"],
    ["لمسار أستانا", "topic:astana-process"],
    ["محادثات أستانة", "topic:astana-process"],
  ])("%s → %s", (text, id) => {
    expect(named(text)).toEqual([id]);
  });

  it("names no state or place in words that only look like one", () => {
    // financial crisis, floods, the Daily Mail, Victoria Nuland, President Santiago Peña, butane gas
    for (const text of [
      "أزمة مالية",
      "سيول",
      "ديلي ميل",
      "فيكتوريا نولاند",
      "الرئيس سانتياغو بينيا",
      "غاز البوتان",
    ])
      expect(named(text), text).toEqual([]);
  });
});
