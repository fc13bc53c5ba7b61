/**
 * Temporary files a killed process left behind. Writers name them `<file>.<pid>[.<stamp>].tmp` and
 * rename them into place; one still there after its writer died is garbage no one will rename.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";

const TEMP = /\.(\d+)(\.[0-9a-z]+)?\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but is not ours to signal.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the dead writers' temporary files in `dir`; returns their names. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = TEMP.exec(name)?.[1];
    return pid !== undefined && !alive(Number(pid));
  });
  for (const name of stale) await rm(join(dir, name), { force: true });
  return stale;
}
