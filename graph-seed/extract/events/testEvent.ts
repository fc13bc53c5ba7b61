/** A made-up extracted event for tests of what is done with events once read; `over` sets what a test is about. */
import type { ExtractedEvent } from "../../../model/extraction.ts";

export const testEvent = (over: Partial<ExtractedEvent>): ExtractedEvent => ({
  id: `${over.type ?? "Meeting"}-${(over.participants ?? ["person:a", "person:b"]).join("+")}`,
  type: "Meeting",
  participants: ["person:a", "person:b"],
  place: null,
  date: "2021-05-04",
  datePrecision: "day",
  planned: false,
  topics: [],
  evidence: [{ text: "x", start: 0, end: 1 }],
  ...over,
});
