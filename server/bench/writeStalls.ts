/**
 * How long one write holds the server's event loop, measured in the server's own process with no readers
 * running: a steadier figure than read p99 on a shared machine. For each write, posted one after another:
 * the longest stall (the most any reader arriving then would wait: the event-loop delay histogram's max at
 * 1 ms resolution) and the CPU time of the main thread, both for the whole request (the posting client
 * runs on that thread too, ~1.5 ms a write, the same before and after any change). The stall is
 * wall-clock time, which a busy machine inflates; the CPU time (Linux's per-thread schedstat) much less.
 */
import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { percentile } from "./percentile.ts";

/** CPU time of this process's main thread so far, in ms (NaN where /proc is not there). */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8");
    return Number(stat.split(" ")[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

export interface StallFigures {
  writes: number;
  /** Longest single stall per write, ms: median and 90th percentile. */
  stallP50: number;
  stallP90: number;
  /** Main-thread CPU time per write, ms: median and 90th percentile. */
  cpuP50: number;
  cpuP90: number;
}

const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);

function figures(stalls: number[], cpu: number[]): StallFigures {
  const s = ascending(stalls);
  const c = ascending(cpu);
  return {
    writes: stalls.length,
    stallP50: percentile(s, 50),
    stallP90: percentile(s, 90),
    cpuP50: percentile(c, 50),
    cpuP90: percentile(c, 90),
  };
}

/** Posts each text `rounds` times as a preview and as an ingest, one request at a time. */
export async function measureWriteStalls(url: string, texts: string[], rounds: number) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const seen = {
    preview: { stalls: [] as number[], cpu: [] as number[] },
    ingest: { stalls: [], cpu: [] },
  };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const text of texts) {
        for (const dryRun of [true, false]) {
          const into = dryRun ? seen.preview : seen.ingest;
          delay.reset();
          const before = mainThreadCpuMs();
          const res = await fetch(`${url}/api/articles`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ text, dryRun }),
          });
          await res.arrayBuffer();
          if (res.status >= 300) throw new Error(`write refused: ${res.status}`);
          into.cpu.push(mainThreadCpuMs() - before);
          into.stalls.push(delay.max / 1e6);
        }
      }
    }
  } finally {
    delay.disable();
  }
  return {
    preview: figures(seen.preview.stalls, seen.preview.cpu),
    ingest: figures(seen.ingest.stalls, seen.ingest.cpu),
  };
}
