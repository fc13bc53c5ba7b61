/**
 * The force layout's worker: runs forceSteps and posts each batch's positions (transferred, not
 * copied). Cancelling is terminating the worker; the page keeps the last positions it drew.
 */
import type { LayoutJob } from "./forceJob.ts";
import { forceSteps } from "./forceSteps.ts";

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  for (const step of forceSteps(event.data)) {
    (self as unknown as Worker).postMessage(step, [step.positions.buffer]);
  }
};
