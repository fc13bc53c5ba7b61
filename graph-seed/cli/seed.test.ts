/** `npm run seed` end to end on a temporary corpus: one bad file among good ones, then a second run. */
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "h3-seedcli-"));
  await copyFile("graph-seed/articles/002_5786c912a4ee28fb.txt", join(dir, "002.txt"));
  await writeFile(join(dir, "002.meta.json"), JSON.stringify({ published: "2017-08-21", source: "سانا" }));
  await writeFile(join(dir, "broken.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seed = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CORPUS_DIR: dir,
    EMBEDDED_SNAPSHOT: join(dir, "snap.json"),
  };
  delete env.NEO4J_URI;
  return run(process.execPath, ["--import", "tsx", "graph-seed/cli/seed.ts", ...args], { env });
};

const countOf = (out: string, kind: string) =>
  Number(out.match(new RegExp(`^\\s+${kind}\\s+(\\d+)$`, "m"))?.[1]);

describe("seed CLI", () => {
  it("prints the summary, reports the bad file and is idempotent", async () => {
    const first = await seed("--reset");
    expect(first.stdout).toMatch(/Seeded the embedded store from .* in \d+ ms/);
    expect(first.stdout).toMatch(/articles read: 1\n/);
    expect(first.stdout).toMatch(/skipped: 1\n\s+- broken\.txt: file is binary/);
    expect(countOf(first.stdout, "Article")).toBe(1);
    expect(countOf(first.stdout, "Person")).toBeGreaterThan(0);
    const second = await seed();
    for (const kind of ["Person", "Country", "Event", "MENTIONS", "MET", "PARTICIPATED_IN"]) {
      expect(countOf(second.stdout, kind)).toBe(countOf(first.stdout, kind));
    }
  });

  it("fails with a one-line message when the corpus folder does not exist", async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CORPUS_DIR: join(dir, "nope"),
      EMBEDDED_SNAPSHOT: join(dir, "s2.json"),
    };
    delete env.NEO4J_URI;
    const failed = await run(process.execPath, ["--import", "tsx", "graph-seed/cli/seed.ts"], { env }).catch(
      (e) => e,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^seed failed: cannot read the corpus folder .*nope/);
  });
});
