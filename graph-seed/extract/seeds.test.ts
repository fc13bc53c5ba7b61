/** Seed articles: offsets hold everywhere, and the facts the seeds README states come out. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";

const dir = "graph-seed/articles";
const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, "utf8")) as {
  articles: { id: string; file: string; title: string | null; published: string }[];
};
const run = (prefix: string) => {
  const a = manifest.articles.find((x) => x.id.startsWith(prefix))!;
  const text = readFileSync(`${dir}/${a.file}`, "utf8");
  return { text, ex: extractArticle(text, a) };
};
const pairKey = (ids: string[]) => [...ids].sort().join("+");

describe("seed articles", () => {
  it("every mention and evidence span slices the text exactly", () => {
    for (const a of manifest.articles) {
      const { text, ex } = run(a.id);
      for (const e of ex.entities)
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const ev of ex.events)
        for (const s of ev.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("003: separate calls with Sisi, Netanyahu, Trump and King Salman on 2017-11-21", () => {
    const calls = run("003").ex.events.filter((e) => e.type === "PhoneCall" && !e.planned);
    const partners = calls.map((c) => c.participants.find((p) => p !== "person:vladimir-putin")).sort();
    expect(partners).toEqual([
      "person:abdel-fattah-el-sisi",
      "person:benjamin-netanyahu",
      "person:donald-trump",
      "person:king-salman",
    ]);
    expect(new Set(calls.map((c) => c.date))).toEqual(new Set(["2017-11-21"]));
  });

  it("003: the Sochi guarantor summit is planned, the Putin–Assad meeting is background", () => {
    const { ex } = run("003");
    const summit = ex.events.find((e) => e.type === "Summit")!;
    expect(summit).toMatchObject({ planned: true, date: "2017-11-22", place: "place:sochi" });
    const assad = ex.events.find(
      (e) => pairKey(e.participants) === "person:bashar-al-assad+person:vladimir-putin",
    )!;
    expect(assad).toMatchObject({ type: "Meeting", background: true, planned: false, date: null });
  });

  it("002: boilerplate and the see-also teaser yield nothing; Lavrov meets Shoukry in Moscow", () => {
    const { text, ex } = run("002");
    const teaser = text.indexOf("انظر ايضاً");
    const subscription = text.indexOf("تابعوا آخر");
    for (const e of ex.entities) for (const m of e.mentions) expect(m.start < subscription).toBe(true);
    expect(teaser).toBeGreaterThan(subscription);
    expect(ex.entities.some((e) => e.id === "country:iraq" && e.mentions.some((m) => m.start > teaser))).toBe(
      false,
    );
    const press = ex.events.find((e) => e.type === "PressConference")!;
    expect(press).toMatchObject({ date: "2017-08-21", place: "place:moscow" });
    expect(pairKey(press.participants)).toBe("person:sameh-shoukry+person:sergey-lavrov");
  });

  it("004: Putin–Assad in Moscow on 2021-09-14, joined by Mekdad and Shoigu", () => {
    const summit = run("004").ex.events.find((e) => e.type === "Summit")!;
    expect(summit.date).toBe("2021-09-14");
    expect(summit.place).toBe("place:moscow");
    expect(summit.participants).toEqual([
      "person:bashar-al-assad",
      "person:faisal-mekdad",
      "person:sergei-shoigu",
      "person:vladimir-putin",
    ]);
  });

  it("001: role phrases resolve (الرئيسان الروسي والمصري) and the agreement is signed by both", () => {
    const { ex } = run("001");
    const agreement = ex.events.find((e) => e.type === "Agreement")!;
    expect(pairKey(agreement.participants)).toBe("person:abdel-fattah-el-sisi+person:vladimir-putin");
    expect(agreement.date).toBe("2018-10-17");
  });

  it("000: spelling variants and clitics still find Syria and Libya", () => {
    const { ex } = run("000");
    const syria = ex.entities.find((e) => e.id === "country:syria")!;
    expect(syria.mentions.map((m) => m.text)).toContain("سورياة");
    const libya = ex.entities.find((e) => e.id === "country:libya")!;
    expect(libya.mentions.length).toBeGreaterThanOrEqual(4);
  });
});
