/** A generated corpus folder: good articles among files a seeder must refuse, each with the reason it should. */
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { generateArticles } from "../../../graph-seed/bench/generateArticles.ts";

export type FileKind =
  | "good"
  | "good-with-sidecar"
  | "empty"
  | "blank"
  | "binary"
  | "bad-utf8"
  | "endless-sentence"
  | "no-letters"
  | "lone-surrogate"
  | "link-outside"
  | "link-inside"
  | "directory"
  | "bad-sidecar-json"
  | "bad-sidecar-date"
  | "bad-sidecar-id"
  | "sidecar-array";

export const GOOD_KINDS: ReadonlySet<FileKind> = new Set(["good", "good-with-sidecar"]);

const KINDS: FileKind[] = [
  "good",
  "good-with-sidecar",
  "empty",
  "blank",
  "binary",
  "bad-utf8",
  "endless-sentence",
  "no-letters",
  "lone-surrogate",
  "link-outside",
  "link-inside",
  "directory",
  "bad-sidecar-json",
  "bad-sidecar-date",
  "bad-sidecar-id",
  "sidecar-array",
];

export interface CorpusPlan {
  files: { stem: string; kind: FileKind; seed: number }[];
  /** A manifest.json that is not one (missing, garbage, or the wrong shape). */
  manifest: "none" | "garbage" | "wrong-shape" | "bad-entry";
}

export const corpusPlan: fc.Arbitrary<CorpusPlan> = fc.record({
  files: fc
    .array(fc.tuple(fc.constantFrom(...KINDS), fc.integer({ min: 1, max: 1_000_000 })), {
      minLength: 1,
      maxLength: 10,
    })
    .map((xs) => xs.map(([kind, seed], i) => ({ stem: `f${i}-${kind}`, kind, seed }))),
  manifest: fc.constantFrom("none", "garbage", "wrong-shape", "bad-entry"),
});

const utf8 = (s: string) => Buffer.from(s, "utf8");
const article = (seed: number) => generateArticles(1, seed)[0]!.text;

function contentOf(kind: FileKind, seed: number): Buffer | null {
  switch (kind) {
    case "empty":
      return Buffer.alloc(0);
    case "blank":
      return utf8(" \n\t\u3000\n");
    case "binary":
      return Buffer.concat([utf8(article(seed)), Buffer.from([0, 1, 2, 0])]);
    case "bad-utf8":
      return Buffer.concat([utf8(article(seed)), Buffer.from([0xc3, 0x28, 0xff])]);
    case "endless-sentence":
      return utf8(`التقى الوزير ${"ونظيره ".repeat(400)}`);
    case "no-letters":
      return utf8("\u200b\u200f... ١٢٣ !!!");
    case "lone-surrogate":
      // Written as the three bytes a careless encoder emits for U+D800: not UTF-8.
      return Buffer.concat([utf8("وزير "), Buffer.from([0xed, 0xa0, 0x80])]);
    case "link-outside":
    case "link-inside":
    case "directory":
      return null;
    default:
      return utf8(article(seed));
  }
}

const SIDECARS: Partial<Record<FileKind, string>> = {
  "good-with-sidecar": JSON.stringify({ title: "عنوان تجريبي", published: "2024-03-01", source: "fuzz" }),
  "bad-sidecar-json": '{"title": "نص بلا نهاية',
  "bad-sidecar-date": JSON.stringify({ published: "2023-02-30" }),
  "bad-sidecar-id": JSON.stringify({ id: "../../etc/passwd" }),
  "sidecar-array": "[1,2,3]",
};

const MANIFESTS: Record<Exclude<CorpusPlan["manifest"], "none">, string> = {
  garbage: "\u0000{{{",
  "wrong-shape": JSON.stringify({ articles: "all of them" }),
  "bad-entry": JSON.stringify({ articles: [{ file: "../outside.txt" }, { id: "x/y" }, null] }),
};

/** Writes the plan into `dir`; `outside` is a file beyond the folder for links to point at. */
export async function writeCorpus(dir: string, outside: string, plan: CorpusPlan): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const { stem, kind, seed } of plan.files) {
    const path = join(dir, `${stem}.txt`);
    const content = contentOf(kind, seed);
    if (content) await writeFile(path, content);
    else if (kind === "directory") await mkdir(path);
    else if (kind === "link-outside") await symlink(outside, path);
    else
      await symlink(join(dir, `${stem}.real`), path).then(() =>
        writeFile(join(dir, `${stem}.real`), article(seed)),
      );
    const sidecar = SIDECARS[kind];
    if (sidecar !== undefined) await writeFile(join(dir, `${stem}.meta.json`), sidecar);
  }
  if (plan.manifest !== "none") await writeFile(join(dir, "manifest.json"), MANIFESTS[plan.manifest]);
}
