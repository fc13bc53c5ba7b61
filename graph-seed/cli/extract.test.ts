/** The extract CLI as a user runs it: JSON on stdout, one-line errors with exit code 1. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const cli = (...args: string[]) =>
  spawnSync("npx", ["tsx", "graph-seed/cli/extract.ts", ...args], { encoding: "utf8", timeout: 60_000 });

describe("npm run extract", () => {
  it("prints the seed's extraction with manifest metadata", () => {
    const r = cli("graph-seed/articles/003_a4ba79f08acb8562.txt");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article).toMatchObject({ id: "003_a4ba79f08acb8562", published: "2017-11-21" });
    expect(out.events.filter((e: { type: string }) => e.type === "PhoneCall").length).toBe(4);
  });

  it("takes --published and --id for a loose file", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    writeFileSync(join(dir, "x.txt"), "التقى الرئيس الروسي فلاديمير بوتين أمس نظيره المصري.");
    const out = JSON.parse(cli(join(dir, "x.txt"), "--published", "2018-10-17", "--id", "x1").stdout);
    expect(out.article).toMatchObject({ id: "x1", published: "2018-10-17" });
    expect(out.events[0]).toMatchObject({
      date: "2018-10-16",
      participants: ["person:abdel-fattah-el-sisi", "person:vladimir-putin"],
    });
  });

  it("refuses a missing file and an empty file with one line on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    writeFileSync(join(dir, "empty.txt"), "");
    for (const path of [join(dir, "nope.txt"), join(dir, "empty.txt")]) {
      const r = cli(path);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(
        r.stderr
          .trim()
          .split("\n")
          .filter((l) => !l.startsWith("npm warn")),
      ).toHaveLength(1);
    }
  });

  it("refuses a bad --published value", () => {
    const r = cli("graph-seed/articles/003_a4ba79f08acb8562.txt", "--published", "2017-02-30");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("--published");
  });
});
