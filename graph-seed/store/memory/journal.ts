/**
 * The embedded store's corrections journal: one JSON audit entry per line, beside the snapshot
 * (`<snapshot>.corrections.jsonl`). Appended and fsync'd before a change is acknowledged, so it is the
 * commit point: the snapshot may lag behind it after a crash, and replaying the journal on load catches
 * up. A torn last line (a crash mid-append) is reported, ignored and cut off, so the next append starts
 * on a clean line; a bad line anywhere before the last is corruption and stops the load.
 */

import type { FileHandle } from "node:fs/promises";
import { mkdir, open, readFile, truncate } from "node:fs/promises";
import { dirname } from "node:path";
import type { AuditEntry } from "../../../model/curation.ts";

export const journalPathOf = (snapshotPath: string) =>
  `${snapshotPath.replace(/\.json$/, "")}.corrections.jsonl`;

export interface JournalLog {
  warn(message: string): void;
}

export class Journal {
  private handle: FileHandle | null = null;
  private needsNewline = false;

  constructor(
    readonly path: string,
    private readonly log: JournalLog = { warn: (m) => console.warn(m) },
  ) {}

  /** Every complete record, oldest first. */
  async read(): Promise<AuditEntry[]> {
    const raw = await readFile(this.path, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return "";
      throw error;
    });
    const lines = raw.split("\n");
    const entries: AuditEntry[] = [];
    let goodBytes = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const last = i === lines.length - 1;
      if (line === "") {
        if (!last) goodBytes += 1;
        continue;
      }
      const entry = parseLine(line);
      if (!entry) {
        if (!last) throw new Error(`corrections journal ${this.path}: line ${i + 1} is not a record`);
        this.log.warn(
          `corrections journal ${this.path}: ignoring a torn last line (${line.length} characters)`,
        );
        await truncate(this.path, goodBytes);
        break;
      }
      entries.push(entry);
      goodBytes += Buffer.byteLength(line) + 1;
      // A whole record whose newline never reached the disk: the next append starts a new line first.
      if (last) this.needsNewline = true;
    }
    return entries;
  }

  /** Appends records and forces them to disk before returning. */
  async append(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    if (!this.handle) {
      await mkdir(dirname(this.path), { recursive: true });
      this.handle = await open(this.path, "a");
    }
    const lines = entries.map((e) => `${JSON.stringify(e)}\n`).join("");
    await this.handle.write(this.needsNewline ? `\n${lines}` : lines);
    this.needsNewline = false;
    await this.handle.datasync();
  }

  /** Empties the journal (forgetAll). */
  async truncate() {
    await this.close();
    await truncate(this.path, 0).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    this.needsNewline = false;
  }

  async close() {
    await this.handle?.close();
    this.handle = null;
  }
}

function parseLine(line: string): AuditEntry | null {
  try {
    const entry = JSON.parse(line) as AuditEntry;
    return typeof entry?.id === "string" && typeof entry.action === "string" ? entry : null;
  } catch {
    return null;
  }
}
