/**
 * Lowers the priority of the calling thread only (Linux keeps a nice value per thread, and setpriority on
 * a thread id changes that thread's alone). Extraction workers call it so that, when the cores are busy,
 * the server's main thread, which answers reads, gets the CPU before them: under a stream of previews and
 * ingests the extraction thread otherwise takes a full core's share against the reads. Where there is no
 * /proc/thread-self (not Linux), nothing changes.
 */
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/** Nice value of the extraction threads: below normal, above idle-only work. */
export const EXTRACT_NICE = 10;

/** The calling thread's id, or null where /proc/thread-self does not say. */
export function threadId(): number | null {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    return Number.isSafeInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

export function lowerThreadPriority(nice = EXTRACT_NICE): boolean {
  const tid = threadId();
  if (tid === null) return false;
  try {
    // Never raised: a server started under `nice` keeps its threads at least that low.
    if (getPriority(tid) < nice) setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
