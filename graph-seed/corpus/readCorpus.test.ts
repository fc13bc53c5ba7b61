import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readCorpus } from "./readCorpus.ts";
import { articleIdForText, writeArticle } from "./writeArticle.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "h3-corpus-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const manifest = (articles: unknown[]) => writeFile(join(dir, "manifest.json"), JSON.stringify({ articles }));

describe("readCorpus", () => {
  it("reads manifest entries in order, then dropped-in files with or without a sidecar", async () => {
    await writeFile(join(dir, "b.txt"), "\uFEFFنص ب");
    await writeFile(join(dir, "a.txt"), "نص أ");
    await writeFile(join(dir, "z_loose.txt"), "خبر جديد");
    await writeFile(join(dir, "m_meta.txt"), "خبر مع بيانات");
    await writeFile(join(dir, "m_meta.meta.json"), JSON.stringify({ title: "عنوان", published: "2024-02" }));
    await manifest([
      {
        id: "b",
        file: "b.txt",
        title: null,
        published: "2020-01-02",
        publishedPrecision: "day",
        source: "سانا",
        language: "ar",
      },
      { id: "a", file: "a.txt", title: "أ", published: null },
    ]);
    const { articles, skipped } = await readCorpus(dir);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.meta.id)).toEqual(["b", "a", "m_meta", "z_loose"]);
    expect(articles[0]).toEqual({
      meta: {
        id: "b",
        title: null,
        published: "2020-01-02",
        publishedPrecision: "day",
        source: "سانا",
        language: "ar",
      },
      text: "نص ب",
      path: join(dir, "b.txt"),
    });
    expect(articles[2]!.meta).toEqual({
      id: "m_meta",
      title: "عنوان",
      published: "2024-02",
      publishedPrecision: "month",
      source: null,
      language: "ar",
    });
    expect(articles[3]!.meta).toMatchObject({ id: "z_loose", title: null, published: null });
  });

  it("skips bad files with a reason and keeps the good ones", async () => {
    await writeFile(join(dir, "good.txt"), "خبر جيد");
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    await writeFile(join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await writeFile(join(dir, "badmeta.txt"), "نص");
    await writeFile(join(dir, "badmeta.meta.json"), "{oops");
    await writeFile(join(dir, "baddate.txt"), "نص");
    await writeFile(join(dir, "baddate.meta.json"), JSON.stringify({ published: "11/12/2017" }));
    await manifest([
      { id: "missing", file: "missing.txt" },
      { id: "../evil", file: "good.txt" },
      { id: "outside", file: "../../etc/passwd.txt" },
    ]);
    const { articles, skipped } = await readCorpus(dir);
    expect(articles.map((a) => a.meta.id)).toEqual(["good"]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(reasons["../../etc/passwd.txt"]).toMatch(/inside the corpus folder/);
    delete reasons["../../etc/passwd.txt"];
    expect(Object.keys(reasons).sort()).toEqual([
      "baddate.txt",
      "badmeta.txt",
      "binary.txt",
      "empty.txt",
      "good.txt",
      "latin1.txt",
      "missing.txt",
    ]);
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["binary.txt"]).toMatch(/binary/);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/);
    expect(reasons["badmeta.txt"]).toMatch(/invalid badmeta\.meta\.json/);
    expect(reasons["baddate.txt"]).toMatch(/published/);
    expect(reasons["missing.txt"]).toMatch(/no such file/);
    expect(reasons["good.txt"]).toMatch(/article id/);
  });

  it("reports a broken manifest and still reads the loose files", async () => {
    await writeFile(join(dir, "manifest.json"), "not json");
    await writeFile(join(dir, "x.txt"), "خبر");
    const { articles, skipped } = await readCorpus(dir);
    expect(articles.map((a) => a.meta.id)).toEqual(["x"]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.file).toBe("manifest.json");
  });

  it("reads the project's seed corpus: five articles, byte for byte", async () => {
    const { articles, skipped } = await readCorpus("graph-seed/articles");
    expect(skipped).toEqual([]);
    expect(articles.slice(0, 5).map((a) => a.meta.published)).toEqual([
      "2017-12-11",
      "2018-10-17",
      "2017-08-21",
      "2017-11-21",
      "2021-09-14",
    ]);
    const raw = await readFile("graph-seed/articles/000_57f5ad7fed51586d.txt", "utf8");
    expect(articles[0]!.text).toBe(raw.replace(/^\uFEFF/, ""));
  });
});

describe("readCorpus: the same limits as the API, and nothing from outside the folder", () => {
  it("skips a symbolic link, even to a text file, and still loads the rest", async () => {
    const outside = join(dir, "outside");
    await mkdir(outside);
    await writeFile(join(outside, "secret.txt"), "سر لا ينشر");
    const corpus = join(dir, "corpus");
    await mkdir(corpus);
    await writeFile(join(corpus, "ok.txt"), "التقى الرئيس نظيره.");
    await symlink(join(outside, "secret.txt"), join(corpus, "x.txt"));
    await manifest([]);
    const { articles, skipped } = await readCorpus(corpus);
    expect(articles.map((a) => a.meta.id)).toEqual(["ok"]);
    expect(skipped).toEqual([{ file: "x.txt", reason: expect.stringMatching(/symbolic link/) }]);
  });

  it("skips texts the API would refuse: an endless sentence, no letters, too long", async () => {
    await writeFile(join(dir, "run.txt"), `${"كلمة ".repeat(600)}`);
    await writeFile(join(dir, "blank.txt"), "\u200B\u200B ... \u200B");
    await writeFile(join(dir, "huge.txt"), "جملة قصيرة.\n".repeat(20_000));
    await writeFile(join(dir, "fine.txt"), "استقبل الرئيس ضيفه.");
    const { articles, skipped } = await readCorpus(dir);
    expect(articles.map((a) => a.meta.id)).toEqual(["fine"]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(reasons["run.txt"]).toMatch(/sentence of 3000 characters/);
    expect(reasons["blank.txt"]).toMatch(/no letters/);
    expect(reasons["huge.txt"]).toMatch(/240000 characters \(at most 200000\)/);
  });

  it("does not read the articles it is told to skip (those already loaded)", async () => {
    await writeFile(join(dir, "known.txt"), Buffer.from([0, 1, 2]));
    await writeFile(join(dir, "new.txt"), "وصل الرئيس إلى العاصمة.");
    const { articles, skipped } = await readCorpus(dir, { skip: new Set(["known"]) });
    expect(articles.map((a) => a.meta.id)).toEqual(["new"]);
    // Its bytes were never read: a binary file would otherwise be reported.
    expect(skipped).toEqual([]);
  });

  it("skips a sidecar date the API would refuse (30 February, year 0000)", async () => {
    for (const [stem, published] of [
      ["feb", "2021-02-30"],
      ["zero", "0000-01-01"],
      ["ok", "2021-02-28"],
    ]) {
      await writeFile(join(dir, `${stem}.txt`), "خبر قصير.");
      await writeFile(join(dir, `${stem}.meta.json`), JSON.stringify({ published }));
    }
    const { articles, skipped } = await readCorpus(dir);
    expect(articles.map((a) => a.meta.id)).toEqual(["ok"]);
    expect(skipped.map((s) => s.file).sort()).toEqual(["feb.txt", "zero.txt"]);
    expect(skipped[0]!.reason).toMatch(/no date on the calendar/);
  });
});

describe("writeArticle / articleIdForText", () => {
  it("ids are stable per content and differ between contents", () => {
    const id = articleIdForText("التقى بوتين السيسي");
    expect(id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(articleIdForText("\uFEFFالتقى بوتين السيسي\r\n")).toBe(id);
    expect(articleIdForText("التقى بوتين الأسد")).not.toBe(id);
  });

  it("writes text and metadata that readCorpus reads back, leaving no temporary files", async () => {
    const text = "التقى الرئيس الروسي بوتين نظيره المصري.";
    const meta = { id: articleIdForText(text), title: "لقاء", published: "2024-03-01", source: "test" };
    const path = await writeArticle(join(dir, "sub"), meta, text);
    expect(path).toBe(join(dir, "sub", `${meta.id}.txt`));
    expect((await readdir(join(dir, "sub"))).sort()).toEqual([`${meta.id}.meta.json`, `${meta.id}.txt`]);
    const { articles } = await readCorpus(join(dir, "sub"));
    expect(articles).toEqual([{ meta: { ...meta, publishedPrecision: "day", language: "ar" }, text, path }]);
  });

  it("refuses an id that is not a safe file name", async () => {
    await expect(writeArticle(dir, { id: "../x", title: null, published: null }, "نص")).rejects.toThrow(
      /safe file name/,
    );
  });
});
