/** Invented articles (fixtures/) with the facts each one states, checked end to end. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";

const dir = "graph-seed/extract/fixtures";
const published = JSON.parse(readFileSync(`${dir}/meta.json`, "utf8")) as Record<string, string>;
const run = (id: string) => {
  const text = readFileSync(`${dir}/${id}.txt`, "utf8");
  const ex = extractArticle(text, { id, title: null, published: published[id]! });
  return {
    text,
    ex,
    ids: ex.entities.map((e) => e.id),
    pairs: ex.events.map((e) => [...e.participants].sort().join("+")),
  };
};

describe("invented articles", () => {
  it("spans slice every fixture exactly", () => {
    for (const id of Object.keys(published)) {
      const { text, ex } = run(id);
      for (const e of ex.entities)
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("Erdogan–Raisi phone call, resolved from `نظيره الإيراني`, dated by `اليوم الأحد`", () => {
    const { ex } = run("f01_erdogan_raisi_call");
    expect(ex.events).toHaveLength(1);
    expect(ex.events[0]).toMatchObject({
      type: "PhoneCall",
      date: "2022-08-07",
      participants: ["person:ebrahim-raisi", "person:recep-tayyip-erdogan"],
      planned: false,
    });
  });

  it("Macron received in Algiers (`بالجزائر العاصمة`)", () => {
    const { ex } = run("f02_macron_algiers");
    expect(ex.events[0]).toMatchObject({ type: "Meeting", place: "place:algiers", date: "2022-08-25" });
  });

  it("Levantine date with Arabic-Indic digits; a planned meeting is told apart", () => {
    const { ex } = run("f03_lavrov_cavusoglu_antalya");
    const held = ex.events.find((e) => !e.planned)!;
    expect(held).toMatchObject({ date: "2022-03-10", place: "place:antalya" });
    expect(held.participants).toEqual(["person:mevlut-cavusoglu", "person:sergey-lavrov"]);
    expect(ex.events.find((e) => e.planned)?.participants).toEqual([
      "person:sergey-lavrov",
      "person:wang-yi",
    ]);
  });

  it("King Abdullah II receives Abbas; his earlier Cairo meeting is background", () => {
    const { ex } = run("f04_jordan_king_abbas");
    const bg = ex.events.find((e) => e.background)!;
    expect(bg.participants).toEqual(["person:abdel-fattah-el-sisi", "person:king-abdullah-ii"]);
    expect(ex.events.find((e) => !e.background)?.participants).toEqual([
      "person:king-abdullah-ii",
      "person:mahmoud-abbas",
    ]);
  });

  it("a Gulf summit gathers its three named leaders, `أمير قطر` and `ملك البحرين` included", () => {
    const { ex } = run("f05_gulf_summit");
    const summit = ex.events.find((e) => e.type === "Summit")!;
    expect(summit.participants).toEqual([
      "person:hamad-bin-isa",
      "person:mohammed-bin-salman",
      "person:tamim-bin-hamad",
    ]);
    expect(summit.place).toBe("place:riyadh");
  });

  // Known gap: normalised `علي` (the name Ali) equals `على` (the preposition "on"), a name stop word.
  it.fails("an unknown counterpart (`نظيره السوداني علي الصادق`) still becomes a Person", () => {
    const { ids } = run("f06_agreement_signing");
    expect(ids).toContain("person:ar-علي-الصادق");
  });

  it("`الرئيس الأمريكي` is Biden in 2021; `السابق` Trump is not resolved from the role", () => {
    const { ex } = run("f07_biden_role_2021");
    expect(ex.events[0]).toMatchObject({
      type: "PhoneCall",
      date: "2021-05-24",
      participants: ["person:abdel-fattah-el-sisi", "person:joe-biden"],
    });
  });

  it("clitics and typos (`لنظيره`, `بموسكو`, `سورياة`), boilerplate and teaser skipped", () => {
    const { ex, ids, text } = run("f08_clitics_typos");
    expect(ids).not.toContain("person:geir-pedersen");
    expect(ids).toContain("country:syria");
    const teaser = text.indexOf("انظر");
    for (const e of ex.entities) for (const m of e.mentions) expect(m.start).toBeLessThan(teaser);
    expect(ex.events[0]).toMatchObject({ type: "Meeting", place: "place:moscow", planned: false });
  });
});
