/** Hand-made curation payloads for component tests (shapes from model/curation.ts). */
import type { SessionInfo } from "../../../model/api.ts";
import type { AuditEntry, ReviewQueueItem, ReviewQueuePage } from "../../../model/curation.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { articleId, nodeId } from "../../../model/ids.ts";
import { NODES } from "./fixtures.ts";

export const editorSession: SessionInfo = {
  user: { name: "Layla", role: "editor" },
  csrfToken: "csrf-1",
  usersConfigured: true,
};
export const viewerSession: SessionInfo = { user: null, csrfToken: null, usersConfigured: true };

const unreviewed = { status: "extracted" as const, by: null, at: null, version: 0 };
const TEXT = "قال المتحدث إن بوتين التقى السيسي في القاهرة. ثم اتصل بوتين بنتنياهو.";
export const ARTICLE = {
  id: articleId("000_queue"),
  title: null,
  published: "2017-12-11",
  publishedPrecision: "day" as const,
  source: "SANA",
  language: "ar",
  length: TEXT.length,
  text: TEXT,
  spans: [],
};

const ref = (n: GraphNode) => ({ id: n.id, kind: n.kind, name: n.name });

export function queueItem(id: string, confidence: number, sentence: [number, number]): ReviewQueueItem {
  const event: GraphNode = { ...NODES.meeting, id: nodeId(id), confidence };
  return {
    event,
    review: unreviewed,
    articles: [],
    evidence: [
      { articleId: ARTICLE.id, start: sentence[0], end: sentence[1], quote: TEXT.slice(...sentence) },
    ],
    participants: [NODES.putin, NODES.sisi].map((p) => ({
      ...ref(p),
      edgeId: `PARTICIPATED_IN:${p.id}->${id}`,
      role: null,
      confidence: null,
      review: unreviewed,
    })),
    place: ref(NODES.cairo),
    topics: [],
  };
}

const first = TEXT.indexOf(".") + 1;
export const QUEUE: ReviewQueuePage = {
  items: [
    queueItem("event:meeting:low", 0.31, [0, first]),
    queueItem("event:meeting:mid", 0.55, [first + 1, TEXT.length]),
    queueItem("event:meeting:high", 0.8, [0, first]),
  ],
  remaining: 12,
  offset: 0,
  limit: 50,
};

export const confirmEntry: AuditEntry = {
  id: "c-1",
  at: "2026-12-07T10:15:00.000Z",
  by: "Omar",
  action: "set-status",
  target: { kind: "event", id: NODES.meeting.id },
  touched: [NODES.meeting.id],
  anchors: [],
  input: {
    action: "set-status",
    target: { kind: "event", id: NODES.meeting.id },
    status: "confirmed",
    version: 0,
  },
  before: { nodes: { [NODES.meeting.id]: NODES.meeting }, edges: {} },
  after: {
    nodes: {
      [NODES.meeting.id]: {
        ...NODES.meeting,
        review: { status: "confirmed", by: "Omar", at: "2026-12-07T10:15:00.000Z", version: 1 },
      },
    },
    edges: {},
  },
  reason: "checked against the agency wire",
  revertOf: null,
};
