/** A name the catalog lacks, written before the state's title that says who it is (invented sentences). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const read = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2024-04-02", publishedPrecision: "day" });
const names = (text: string) =>
  read(text)
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name.ar);

describe("a name before a state's title", () => {
  it("after a comma is the title's holder, and takes part in the meeting", () => {
    const ex = read(
      "استقبل وزير الخارجية المصري سامح شكري، اليوم، بمقر الوزارة، أولوفيمي أوسيني كامارا وزير خارجية جمهورية ليبيريا.",
    );
    const guest = ex.entities.find((e) => e.name.ar === "أولوفيمي أوسيني كامارا");
    expect(guest?.offices?.[0]).toMatchObject({ of: "country:liberia" });
    expect(ex.events[0]?.participants).toContain(guest?.id);
  });

  it("after `و` in a list of attendees", () => {
    expect(
      names("وحضر اللقاء وزير الخارجية المصري سامح شكري، وماتياس لوبيز دياز وزير خارجية جمهورية الأوروغواي."),
    ).toContain("ماتياس لوبيز دياز");
  });

  it("not when the words before the title are prose", () => {
    const found = names("وبحث الجانبان سبل تعزيز التعاون وزير خارجية جمهورية ليبيريا.");
    expect(found.filter((n) => n.includes("التعاون") || n.includes("تعزيز"))).toEqual([]);
  });

  it("not a single word, nor one glued to nothing the list allows", () => {
    expect(names("وأكد كامارا وزير خارجية جمهورية ليبيريا أن بلاده ترحب.")).not.toContain("كامارا");
  });
});
