import { describe, expect, it } from "vitest";
import { account } from "./account.ts";
import { core } from "./core.ts";
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
    expect(translate("ar", "status", { nodes: 3, edges: 2 })).toBe("3 عقدة، 2 رابط");
  });
});
