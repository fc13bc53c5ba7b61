/**
 * createCy.ts (lazyFirstLayers) relies on one internal of Cytoscape's canvas renderer: the layered
 * texture cache's `firstGet` flag, which makes its first frame paint every element eagerly. If an update
 * renames it the app still works, only slower: this test says so before the web bench has to.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { lazyFirstLayers } from "./createCy.ts";

const source = readFileSync(createRequire(import.meta.url).resolve("cytoscape"), "utf8");

describe("the Cytoscape internal the first draw relies on", () => {
  it("still has the layered texture cache's eager first pass behind `firstGet`", () => {
    expect(source).toContain("self.firstGet = true;");
    expect(source).toContain("var allowLazyQueueing = !firstGet;");
    expect(source).toContain("r.data.lyrTxrCache = new LayeredTextureCache(r);");
  });

  it("leaves a core without a canvas renderer alone", () => {
    const cy = cytoscape({ headless: true });
    expect(() => lazyFirstLayers(cy)).not.toThrow();
  });
});
