import { describe, expect, it } from "vitest";
import { initialFiles, lazyFiles, type Manifest } from "./bundleBudget.ts";

const manifest: Manifest = {
  "index.html": { file: "assets/index.js", isEntry: true, imports: ["_react.js"], dynamicImports: ["a.tsx"] },
  "_react.js": { file: "assets/react.js", imports: ["_runtime.js"] },
  "_runtime.js": { file: "assets/runtime.js" },
  "a.tsx": { file: "assets/a.js", imports: ["_react.js", "_shared.js"], css: ["assets/a.css"] },
  "_shared.js": { file: "assets/shared.js" },
  "b.tsx": { file: "assets/b.js", imports: ["_shared.js"] },
};

describe("bundle budget", () => {
  it("counts the entry and its static imports, transitively, as the first download", () => {
    expect(initialFiles(manifest).sort()).toEqual([
      "assets/index.js",
      "assets/react.js",
      "assets/runtime.js",
    ]);
  });

  it("counts what only dynamic imports reach as on demand, even when it imports initial chunks", () => {
    expect(lazyFiles(manifest)).toEqual(["assets/a.js", "assets/b.js", "assets/shared.js"]);
  });

  it("counts one page: another entry's files are not the explorer's first download", () => {
    const withEmbed: Manifest = {
      ...manifest,
      "embed.html": { file: "assets/embed.js", isEntry: true, imports: ["_shared.js"] },
    };
    expect(initialFiles(withEmbed).sort()).toEqual([
      "assets/index.js",
      "assets/react.js",
      "assets/runtime.js",
    ]);
    expect(initialFiles(withEmbed, "embed.html").sort()).toEqual(["assets/embed.js", "assets/shared.js"]);
  });

  it("refuses a manifest that names a chunk it does not hold", () => {
    expect(() =>
      initialFiles({ "index.html": { file: "i.js", isEntry: true, imports: ["_gone.js"] } }),
    ).toThrow(/_gone.js/);
  });
});
