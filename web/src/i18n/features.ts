/** Strings of the timeline, time range, path finder, analysis and ingest features. */
import type { Dictionary } from "./types.ts";

export const features = {
  timeline: { en: "Timeline", ar: "الخط الزمني" },
} satisfies Dictionary;
