/** A small payload with the characters that break naive exporters: quotes, commas, newlines, markup. */
import type { GraphPayload } from "../../model/api.ts";
import { articleId, edgeId, nodeId } from "../../model/ids.ts";

export const trickyPayload = (): GraphPayload => ({
  nodes: [
    {
      id: nodeId("person:putin"),
      kind: "Person",
      name: { ar: "فلاديمير بوتين", en: 'Vladimir "Vova" Putin, <President>' },
      aliases: ["Poutine", "بوتن"],
    },
    {
      id: nodeId("event:meeting-2017-12-11"),
      kind: "Event",
      name: { ar: "لقاء", en: "Meeting & talks\nin Cairo" },
      eventType: "Meeting",
      date: "2017-12-11",
      datePrecision: "day",
      dateFrom: "2017-12-11",
      dateTo: "2017-12-11",
      planned: false,
      confidence: 0.62,
      cues: ["meeting-verb", "dateline"],
    },
    {
      id: nodeId("person:sisi"),
      kind: "Person",
      name: { ar: "عبد الفتاح السيسي", en: "Abdel Fattah el-Sisi" },
    },
    { id: nodeId("topic:=cmd"), kind: "Topic", name: { ar: "سوريا", en: null } },
  ],
  edges: [
    {
      id: edgeId("PARTICIPATED_IN:person:putin->event:meeting-2017-12-11"),
      kind: "PARTICIPATED_IN",
      source: nodeId("person:putin"),
      target: nodeId("event:meeting-2017-12-11"),
      role: "guest",
      confidence: 0.9,
      evidence: [{ articleId: articleId("000"), start: 0, end: 4, quote: "بوتين" }],
    },
    {
      id: edgeId("SPOKE_WITH:person:putin->person:sisi"),
      kind: "SPOKE_WITH",
      source: nodeId("person:putin"),
      target: nodeId("person:sisi"),
      weight: 1,
      firstDate: "2017-11-21",
      lastDate: "2017-11-21",
      inferred: true,
      inferredReason: "both took part in the call of 2017-11-21, but no sentence names both",
      dateUncertain: false,
      evidence: [],
    },
    {
      id: edgeId("DISCUSSED:event:meeting-2017-12-11->topic:=cmd"),
      kind: "DISCUSSED",
      source: nodeId("event:meeting-2017-12-11"),
      target: nodeId("topic:=cmd"),
      evidence: [],
    },
  ],
  truncated: false,
  total: { nodes: 4, edges: 3 },
});
