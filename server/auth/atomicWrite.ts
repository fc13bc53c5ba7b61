/**
 * Writes a private file so that a reader sees the old content or the new, never half of it: a temp file
 * beside the target (same file system, so the rename is atomic), fsynced, renamed over the target, then
 * the folder fsynced so the rename itself survives a crash.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Owner read/write only: the file holds password hashes or a session key. */
export const PRIVATE_MODE = 0o600;

export async function writePrivateFile(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `.${randomBytes(6).toString("hex")}.tmp`);
  const file = await open(temp, "wx", PRIVATE_MODE);
  try {
    await file.writeFile(content, "utf8");
    // The umask may only narrow the mode, but a file first made elsewhere keeps its own: set it plainly.
    await file.chmod(PRIVATE_MODE);
    await file.sync();
  } catch (err) {
    await file.close();
    await rm(temp, { force: true });
    throw err;
  }
  await file.close();
  await rename(temp, path);
  await syncFolder(dir);
}

async function syncFolder(dir: string) {
  const handle = await open(dir, "r").catch(() => null);
  if (!handle) return;
  // Some file systems refuse fsync on a folder; the rename has happened either way.
  await handle.sync().catch(() => {});
  await handle.close();
}
