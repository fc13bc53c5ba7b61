import { describe, expect, it } from "vitest";
import { account } from "./account.ts";
import { dateText } from "./bidi.ts";
import { core } from "./core.ts";
import { listText } from "./counts.ts";
import { curation } from "./curation.ts";
import { features } from "./features.ts";
import { ties } from "./ties.ts";
import { translate } from "./useT.ts";

describe("UI strings", () => {
  it("no two dictionaries define the same key (one would silently win)", () => {
    const dictionaries = [core, features, ties, curation, account].map((d) => Object.keys(d));
    const all = dictionaries.flat();
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });

  it("has every phrase in both languages, with the same placeholders", () => {
    for (const [key, phrase] of Object.entries({ ...core, ...features, ...ties, ...curation, ...account })) {
      expect(phrase.en.length, key).toBeGreaterThan(0);
      expect(phrase.ar.length, key).toBeGreaterThan(0);
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(phrase.ar), key).toEqual(vars(phrase.en));
    }
  });

  it("fills placeholders", () => {
    expect(translate("en", "status", { nodes: 3, edges: 2 })).toBe("3 nodes, 2 edges");
    expect(translate("ar", "spansLegend", { count: 12 })).toBe("12 مقطعًا مظللًا");
  });
});

describe("plurals, lists and dates in the interface language", () => {
  it("writes counts in the plural form each language's rules pick", () => {
    expect(translate("en", "status", { nodes: 1, edges: 2 })).toBe("1 node, 2 edges");
    expect(translate("ar", "status", { nodes: 3, edges: 2 })).toBe("3 عقد، رابطان");
    expect(translate("ar", "status", { nodes: 11, edges: 1 })).toBe("11 عقدةً، رابط واحد");
    expect(translate("ar", "status", { nodes: 100, edges: 1500 })).toBe("100 عقدة، 1,500 رابط");
    expect(translate("en", "metTimes", { n: 2 })).toBe("met 2 times");
    expect(translate("ar", "metTimes", { n: 4 })).toBe("التقيا 4 مرات");
  });

  it("joins names with the language's own list words", () => {
    expect(listText("en", ["Putin", "Sisi", "Assad"])).toBe("Putin, Sisi, and Assad");
    const ar = listText("ar", ["بوتين", "السيسي", "الأسد"]);
    expect(ar).toContain(" و");
    expect(ar).not.toContain(",");
  });

  it("keeps a date left to right inside Arabic text, and leaves English alone", () => {
    expect(translate("ar", "since", { date: "2000-05-07" })).toBe("منذ \u20662000-05-07\u2069");
    expect(translate("en", "since", { date: "2000-05-07" })).toBe("since 2000-05-07");
    expect(dateText("2017-11", "ar")).toBe("\u20662017-11\u2069");
  });
});
