/** Small hand-made API payloads for component tests (shapes from model/api.ts). */
import type { GraphPayload, NodeDetails } from "../../../model/api.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { type ArticleId, articleId, type EdgeId, type NodeId, nodeId } from "../../../model/ids.ts";

const putin: GraphNode = {
  id: nodeId("person:vladimir-putin"),
  kind: "Person",
  name: { ar: "فلاديمير بوتين", en: "Vladimir Putin" },
};
const sisi: GraphNode = {
  id: nodeId("person:abdel-fattah-el-sisi"),
  kind: "Person",
  name: { ar: "عبد الفتاح السيسي", en: "Abdel Fattah el-Sisi" },
};
const cairo: GraphNode = { id: nodeId("place:cairo"), kind: "Place", name: { ar: "القاهرة", en: "Cairo" } };
const meeting: GraphNode = {
  id: nodeId("event:meeting:2017-12-11"),
  kind: "Event",
  eventType: "Meeting",
  name: { ar: "لقاء: بوتين – السيسي", en: "Meeting: Putin – Sisi" },
  date: "2017-12-11",
};

const edge = (
  kind: GraphEdge["kind"],
  source: NodeId,
  target: NodeId,
  extra: Partial<GraphEdge> = {},
): GraphEdge => ({
  id: `${kind}:${source}->${target}` as EdgeId,
  kind,
  source,
  target,
  evidence: [],
  ...extra,
});

export const NODES = { putin, sisi, cairo, meeting };

export const smallGraph: GraphPayload = {
  nodes: [putin, sisi, cairo, meeting],
  edges: [
    edge("PARTICIPATED_IN", putin.id, meeting.id),
    edge("PARTICIPATED_IN", sisi.id, meeting.id),
    edge("HELD_IN", meeting.id, cairo.id),
  ],
  truncated: false,
  total: { nodes: 4, edges: 3 },
};

export const metGraph: GraphPayload = {
  nodes: [putin, sisi],
  edges: [edge("MET", sisi.id, putin.id, { weight: 2, firstDate: "2017-12-11", lastDate: "2018-10-17" })],
  truncated: false,
  total: { nodes: 2, edges: 1 },
};

const ART: ArticleId = articleId("000_57f5ad7fed51586d");
/** The quote sits at 100..140 of the article; the mention "بوتين" inside it at 106..111. */
const quote = "استقبل بوتين نظيره المصري في القاهرة اليوم";

export const putinDetails: NodeDetails = {
  node: putin,
  offices: [
    {
      office: { ar: "الرئيس", en: "President" },
      of: { id: nodeId("country:russia"), kind: "Country", name: { ar: "روسيا", en: "Russia" } },
      from: null,
      to: null,
      evidence: [],
    },
  ],
  ties: [],
  events: [
    {
      event: meeting,
      role: "guest",
      participants: [
        { id: putin.id, kind: "Person", name: putin.name },
        { id: sisi.id, kind: "Person", name: sisi.name },
      ],
      participantConfidence: {},
      place: { id: cairo.id, kind: "Place", name: cairo.name },
      topics: [],
      articles: [ART],
      evidence: [
        { articleId: ART, start: 100, end: 100 + quote.length, quote, mentionStart: 107, mentionEnd: 112 },
      ],
    },
  ],
  mentions: [],
  articles: [
    {
      id: ART,
      title: "بوتين في القاهرة",
      published: "2017-12-11",
      publishedPrecision: "day",
      source: "SANA",
      language: "ar",
      length: 2000,
    },
  ],
  degree: 5,
};

export const QUOTE = quote;

const netanyahu: GraphNode = {
  id: nodeId("person:benjamin-netanyahu"),
  kind: "Person",
  name: { ar: "بنيامين نتنياهو", en: "Benjamin Netanyahu" },
};
const ref = (n: GraphNode) => ({ id: n.id, kind: n.kind, name: n.name });
const quoted = {
  articleId: ART,
  start: 100,
  end: 100 + quote.length,
  quote,
  mentionStart: 107,
  mentionEnd: 112,
};
const met = edge("MET", sisi.id, putin.id, {
  weight: 2,
  firstDate: "2017-12-11",
  lastDate: "2018-10-17",
  eventIds: [meeting.id],
  inferred: false,
  inferredReason: null,
  evidence: [quoted],
});
const spoke = (a: GraphNode, b: GraphNode) =>
  edge("SPOKE_WITH", a.id, b.id, {
    weight: 1,
    firstDate: "2017-11-21",
    lastDate: "2017-11-21",
    eventIds: [],
    inferred: true,
    inferredReason: "both took part in the call of 2017-11-21 reported in 003, but no sentence names both",
  });

/** Putin, who met Sisi twice and spoke with him and with Netanyahu once each. */
export const putinWithTies: NodeDetails = {
  ...putinDetails,
  ties: [
    { other: ref(sisi), met, spoke: spoke(sisi, putin) },
    { other: ref(netanyahu), met: null, spoke: spoke(netanyahu, putin) },
  ],
};

export const sisiWithTies: NodeDetails = {
  ...putinDetails,
  node: sisi,
  offices: [],
  ties: [{ other: ref(putin), met, spoke: spoke(sisi, putin) }],
};
