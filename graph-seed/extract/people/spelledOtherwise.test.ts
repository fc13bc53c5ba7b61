/**
 * A catalogued person written otherwise than the catalog has him: one letter off in a long name, or
 * the head of his name spelled otherwise before a catalogued tail (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";

const ids = (text: string) =>
  extractArticle(text, { id: "t", title: null, published: "2024-03-05", publishedPrecision: "day" })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.id);

describe("a catalogued name spelled otherwise", () => {
  it("a long foreign name one letter off is the catalogued person", () => {
    expect(ids("استقبل الرئيس التركي رجب طيب أردوغان في إسطنبول أورسولا فون دير ليين.")).toContain(
      "person:ursula-von-der-leyen",
    );
  });

  it("the head of a name spelled otherwise before its catalogued tail is no stranger", () => {
    const found = ids("تلقى أمير قطر اتصالا هاتفيا من الرئيس لويز إيناسيو لولا دا سيلفا.");
    expect(found).toContain("person:lula-da-silva");
    expect(found.filter((id) => id.startsWith("person:ar-"))).toEqual([]);
  });

  it("an Arabic family name with the article is not folded to another one letter off", () => {
    // `الزيادي` is not `الزياني`: the catalogued `عبداللطيف بن راشد الزياني` is someone else.
    const found = ids("التقى وزير الخارجية الأردني أمس السفير عبداللطيف بن راشد الزيادي.");
    expect(found).not.toContain("person:abdullatif-al-zayani");
    expect(found.join(" ")).toMatch(/الزيادي/);
  });
});
