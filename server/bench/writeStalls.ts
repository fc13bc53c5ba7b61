/**
 * How long one write holds the server's event loop, measured in the server's own process with no readers
 * running: a steadier figure than read p99 on a shared machine. For each write, posted one after another:
 * the longest stall (the most any reader arriving then would wait: the event-loop delay histogram's max at
 * 1 ms resolution) and the loop's busy time (event-loop utilisation, active ms), both for the whole request.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { percentile } from "./percentile.ts";

export interface StallFigures {
  writes: number;
  /** Longest single stall per write, ms: median and 90th percentile. */
  stallP50: number;
  stallP90: number;
  /** Event-loop busy time per write, ms: median. */
  busyP50: number;
}

const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);

function figures(stalls: number[], busy: number[]): StallFigures {
  const s = ascending(stalls);
  return {
    writes: stalls.length,
    stallP50: percentile(s, 50),
    stallP90: percentile(s, 90),
    busyP50: percentile(ascending(busy), 50),
  };
}

/** Posts each text `rounds` times as a preview and as an ingest, one request at a time. */
export async function measureWriteStalls(url: string, texts: string[], rounds: number) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const seen = {
    preview: { stalls: [] as number[], busy: [] as number[] },
    ingest: { stalls: [], busy: [] },
  };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const text of texts) {
        for (const dryRun of [true, false]) {
          const into = dryRun ? seen.preview : seen.ingest;
          delay.reset();
          const before = performance.eventLoopUtilization();
          const res = await fetch(`${url}/api/articles`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ text, dryRun }),
          });
          await res.arrayBuffer();
          if (res.status >= 300) throw new Error(`write refused: ${res.status}`);
          into.busy.push(performance.eventLoopUtilization(before).active);
          into.stalls.push(delay.max / 1e6);
        }
      }
    }
  } finally {
    delay.disable();
  }
  return {
    preview: figures(seen.preview.stalls, seen.preview.busy),
    ingest: figures(seen.ingest.stalls, seen.ingest.busy),
  };
}
