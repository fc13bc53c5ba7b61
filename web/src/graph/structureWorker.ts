/**
 * Asks a worker for a payload's structure (degree and Louvain communities, structure.ts), once per
 * payload object: on 5,000 nodes Louvain held the main thread for hundreds of ms before the overview
 * could draw. Where workers are missing (unit tests), the structure is computed in place.
 */
import type { GraphPayload } from "../../../model/api.ts";
import { type Structure, structureJob } from "./structureJob.ts";

const asked = new WeakMap<GraphPayload, Promise<Structure>>();

function inWorker(payload: GraphPayload): Promise<Structure> {
  const job = structureJob(payload);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./structure.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<Structure>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "structure worker failed"));
    };
    worker.postMessage(job, [job.edges.buffer]);
  });
}

export function structureFor(payload: GraphPayload): Promise<Structure> {
  let answer = asked.get(payload);
  if (!answer) {
    answer =
      typeof Worker === "undefined"
        ? import("./structure.ts").then((m) => m.structureOf(payload))
        : inWorker(payload).catch(() => import("./structure.ts").then((m) => m.structureOf(payload)));
    asked.set(payload, answer);
  }
  return answer;
}
