/** Computes the overview's structure (structure.ts) off the main thread: one job in, one answer out. */
import { structureOfJob } from "./structure.ts";
import type { StructureJob } from "./structureJob.ts";

self.onmessage = (event: MessageEvent<StructureJob>) => {
  (self as unknown as Worker).postMessage(structureOfJob(event.data));
};
