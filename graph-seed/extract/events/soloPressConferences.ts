/**
 * `عقد الرئيسان مؤتمرا صحفيا مشتركا … وقال السيسي في المؤتمر الصحفي …`: a one-speaker press
 * conference on the day of a joint one with that speaker is the joint one told again, not a second.
 */
import type { ExtractedEvent } from "../../../model/extraction.ts";
import { mergeInto } from "./build.ts";

export function foldSoloPressConferences(events: ExtractedEvent[]): ExtractedEvent[] {
  const joint = events.filter((e) => e.type === "PressConference" && e.participants.length >= 2);
  return events.filter((e) => {
    if (e.type !== "PressConference" || e.participants.length !== 1) return true;
    const into = joint.find((j) => j.date === e.date && j.participants.includes(e.participants[0]!));
    if (!into) return true;
    mergeInto(into, e);
    return false;
  });
}
