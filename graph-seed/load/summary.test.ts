import { describe, expect, it } from "vitest";
import { ledeOf } from "../store/articles/lede.ts";
import { summaryOf } from "./load.ts";

describe("article summary", () => {
  it("carries the first line of the text, for lists to name an untitled article by", () => {
    const meta = { id: "a1", title: null, published: "2020-01-02" } as Parameters<typeof summaryOf>[0];
    const summary = summaryOf(meta, "\n  استقبل الرئيس وزير الخارجية في القصر.  \nوبحث الجانبان العلاقات.");
    expect(summary.lede).toBe("استقبل الرئيس وزير الخارجية في القصر.");
  });

  it("cuts a long first line with an ellipsis and gives none for an empty text", () => {
    const lede = ledeOf("ب".repeat(200));
    expect(lede?.length).toBe(91);
    expect(lede?.endsWith("…")).toBe(true);
    expect(ledeOf("  \n ")).toBeNull();
  });
});
