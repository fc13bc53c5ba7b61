import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSet } from "./loadSets.ts";

/** A throwaway graph-seed folder with one dev article whose gold is given. */
async function fakeRoot(gold: string, meta = '{"id":"x1","title":null,"published":"2020-01-01"}') {
  const root = await mkdtemp(join(tmpdir(), "eval-"));
  const dev = join(root, "eval", "dev");
  await mkdir(dev, { recursive: true });
  await writeFile(join(dev, "x1.txt"), "التقى بوتين السيسي في القاهرة اليوم.\n");
  await writeFile(join(dev, "x1.meta.json"), meta);
  await writeFile(join(dev, "x1.json"), gold);
  return root;
}

const validGold = JSON.stringify({
  persons: [{ en: "Vladimir Putin", ar: ["بوتين"] }],
  countries: [],
  places: [],
  topics: [],
  pairs: [],
  events: [],
});

describe("loadSet", () => {
  it("reads an article, its metadata and its gold", async () => {
    const [article] = (await loadSet("dev", await fakeRoot(validGold))).articles;
    expect(article?.meta).toEqual({ id: "x1", title: null, published: "2020-01-01" });
    expect(article?.gold.persons).toEqual([{ en: "Vladimir Putin", ar: ["بوتين"] }]);
    expect(article?.text.startsWith("التقى")).toBe(true);
  });

  it("names the file and the field when the gold is malformed", async () => {
    const root = await fakeRoot(validGold.replace('"events":[]', '"events":[{"type":"Dinner"}]'));
    await expect(loadSet("dev", root)).rejects.toThrow(
      /x1\.json: invalid gold annotation at events\.0\.type/,
    );
  });

  it("names the file when the JSON does not parse or the metadata is wrong", async () => {
    await expect(loadSet("dev", await fakeRoot("{oops"))).rejects.toThrow(/x1\.json: not valid JSON/);
    const badMeta = await fakeRoot(validGold, '{"id":"x1","published":"1 May 2020"}');
    await expect(loadSet("dev", badMeta)).rejects.toThrow(/x1\.meta\.json: invalid metadata at published/);
  });

  it("leaves corpus articles without gold out of the seed set, and lists them", async () => {
    const root = await fakeRoot(validGold);
    await mkdir(join(root, "articles"));
    await mkdir(join(root, "eval", "gold"));
    const manifest = {
      articles: ["s1", "s2"].map((id) => ({ id, file: `${id}.txt`, title: null, published: null })),
    };
    await writeFile(join(root, "articles", "manifest.json"), JSON.stringify(manifest));
    for (const id of ["s1", "s2"]) await writeFile(join(root, "articles", `${id}.txt`), "نص الخبر.\n");
    await writeFile(join(root, "eval", "gold", "s2.json"), validGold);
    const seeds = await loadSet("seeds", root);
    expect(seeds.articles.map((a) => a.meta.id)).toEqual(["s2"]);
    expect(seeds.unannotated).toEqual(["s1"]);
  });

  it("fails clearly when a set folder is missing", async () => {
    const root = await mkdtemp(join(tmpdir(), "eval-"));
    await expect(loadSet("heldout", root)).rejects.toThrow(/heldout: no such directory/);
  });
});
