/**
 * The API's answers as zod schemas, for the OpenAPI document (server/openapi) and for tests that hold
 * real answers against them. The types themselves stay the interfaces of graph.ts and api.ts; the check
 * at the bottom keeps each schema to exactly the fields of its interface, and the strict objects make a
 * test fail on any answer that does not match what the document says.
 */
import { z } from "zod";
import type {
  ArticleSummary,
  EventSummary,
  GraphPath,
  GraphPayload,
  NodeDetails,
  NodeRef,
  OfficeHeld,
  PathResult,
  PathStep,
  SessionInfo,
  TieSummary,
  TimelinePayload,
  UserSummary,
} from "./api.ts";
import { type GraphEdge, type GraphNode, type Name, type Provenance, REVIEW_STATUSES } from "./graph.ts";
import { DATE_PRECISIONS, EDGE_KINDS, EVENT_TYPES, NODE_KINDS } from "./kinds.ts";

const int = z.number().int();
const day = z.string().describe("ISO date, YYYY, YYYY-MM or YYYY-MM-DD");
const score = z.number().min(0).max(1);

const nameSchema = z.strictObject({ ar: z.string(), en: z.string().nullable() });

const provenanceSchema = z.strictObject({
  articleId: z.string(),
  start: int,
  end: int,
  quote: z.string().describe("text.slice(start, end): the sentence that states the fact"),
  mentionStart: int.optional(),
  mentionEnd: int.optional(),
});

const reviewSchema = z
  .strictObject({
    status: z.enum(REVIEW_STATUSES),
    by: z.string().nullable(),
    at: z.string().nullable(),
    version: int.min(0),
  })
  .describe("Review status (issue 10); absent = extracted, never reviewed, version 0");

const graphNodeSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  name: nameSchema,
  aliases: z.array(z.string()).optional(),
  eventType: z.enum(EVENT_TYPES).optional(),
  date: day.nullable().optional(),
  datePrecision: z.enum(DATE_PRECISIONS).nullable().optional(),
  dateFrom: day.nullable().optional().describe("Event: first possible day, inclusive; null = open"),
  dateTo: day.nullable().optional().describe("Event: last possible day, inclusive; null = open"),
  planned: z.boolean().optional(),
  background: z.boolean().optional(),
  encounter: z.string().nullable().optional().describe("Event: the extractor's occasion key"),
  confidence: score.nullable().optional().describe("Event: the extractor's confidence; null = not given"),
  cues: z.array(z.string()).optional().describe("Event: the extraction rules that produced it"),
  dateUncertain: z
    .boolean()
    .optional()
    .describe("Time-filtered answers: the event's days straddle the range's edge or are unknown"),
  source: z.string().nullable().optional(),
  language: z.string().optional(),
  review: reviewSchema.optional(),
});

const graphEdgeSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(EDGE_KINDS),
  source: z.string(),
  target: z.string(),
  role: z.string().nullable().optional(),
  confidence: score.nullable().optional().describe("PARTICIPATED_IN: the extractor's confidence"),
  office: nameSchema.nullable().optional(),
  from: day.nullable().optional(),
  to: day.nullable().optional(),
  weight: int.optional().describe("MET / SPOKE_WITH: distinct occasions"),
  firstDate: day.nullable().optional(),
  lastDate: day.nullable().optional(),
  eventIds: z.array(z.string()).optional(),
  evidence: z.array(provenanceSchema),
  evidenceTotal: int.optional().describe("How many quotes there are when the API sent fewer"),
  inferred: z.boolean().optional().describe("MET / SPOKE_WITH: no sentence names both people"),
  inferredReason: z.string().nullable().optional(),
  dateUncertain: z.boolean().optional(),
  origin: z.literal("catalog").optional(),
  review: reviewSchema.optional(),
});

const nodeRefSchema = z.strictObject({ id: z.string(), kind: z.enum(NODE_KINDS), name: nameSchema });

const graphPayloadSchema = z.strictObject({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  truncated: z.boolean(),
  total: z.strictObject({ nodes: int, edges: int }),
});

const pathStepSchema = z.strictObject({
  edge: graphEdgeSchema,
  from: nodeRefSchema,
  to: nodeRefSchema,
  quote: provenanceSchema.nullable().describe("A sentence of the edge's evidence naming both ends"),
  inferred: z.boolean().describe("No sentence names both ends"),
  reason: z.string().nullable().describe("Why the step holds when it is inferred"),
});

const graphPathSchema = z.strictObject({ nodes: z.array(nodeRefSchema), steps: z.array(pathStepSchema) });
const pathResultSchema = z.strictObject({ paths: z.array(graphPathSchema) });

const eventSummarySchema = z.strictObject({
  event: graphNodeSchema,
  role: z.string().nullable(),
  participants: z.array(nodeRefSchema),
  participantConfidence: z.record(z.string(), score),
  participantReview: z
    .record(z.string(), reviewSchema)
    .optional()
    .describe("Participant id → the review of its participation, for those an editor reviewed"),
  place: nodeRefSchema.nullable(),
  topics: z.array(nodeRefSchema),
  articles: z.array(z.string()),
  evidence: z.array(provenanceSchema),
  evidenceTotal: int.optional().describe("How many quotes there are when the API sent fewer"),
});

const timelinePayloadSchema = z.strictObject({ events: z.array(eventSummarySchema), truncated: z.boolean() });

const tieSummarySchema = z.strictObject({
  other: nodeRefSchema,
  met: graphEdgeSchema.nullable(),
  spoke: graphEdgeSchema.nullable(),
});

const officeHeldSchema = z.strictObject({
  office: nameSchema,
  of: nodeRefSchema,
  from: day.nullable(),
  to: day.nullable(),
  evidence: z.array(provenanceSchema),
  review: reviewSchema.optional(),
});

const articleSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string().nullable(),
  published: day.nullable(),
  publishedPrecision: z.enum(DATE_PRECISIONS).nullable(),
  source: z.string().nullable(),
  language: z.string(),
  length: int,
  lede: z.string().nullable().optional(),
});

const nodeDetailsSchema = z.strictObject({
  node: graphNodeSchema,
  offices: z.array(officeHeldSchema),
  ties: z.array(tieSummarySchema),
  events: z.array(eventSummarySchema),
  mentions: z.array(provenanceSchema).describe("One page of the sentences that mention the node"),
  mentionsTotal: int.optional().describe("How many sentences mention the node in all"),
  articles: z.array(articleSummarySchema),
  degree: int,
});

const roleSchema = z.enum(["viewer", "editor", "admin"]);

/** Strict: an account's answer with any more fields (a password hash) fails the tests that hold it. */
const userSummarySchema = z.strictObject({ name: z.string(), role: roleSchema, created: z.string() });

const sessionInfoSchema = z.strictObject({
  user: z.strictObject({ name: z.string(), role: roleSchema }).nullable(),
  csrfToken: z.string().nullable(),
  usersConfigured: z.boolean(),
});

/** Named schemas: the OpenAPI document's components, referenced by these names. */
export const RESPONSE_SCHEMAS = {
  Name: nameSchema,
  Provenance: provenanceSchema,
  NodeRef: nodeRefSchema,
  GraphNode: graphNodeSchema,
  GraphEdge: graphEdgeSchema,
  GraphPayload: graphPayloadSchema,
  PathStep: pathStepSchema,
  GraphPath: graphPathSchema,
  PathResult: pathResultSchema,
  EventSummary: eventSummarySchema,
  TimelinePayload: timelinePayloadSchema,
  TieSummary: tieSummarySchema,
  OfficeHeld: officeHeldSchema,
  ArticleSummary: articleSummarySchema,
  NodeDetails: nodeDetailsSchema,
  UserSummary: userSummarySchema,
  SessionInfo: sessionInfoSchema,
} as const;
export type ResponseSchemaName = keyof typeof RESPONSE_SCHEMAS;

// Compile-time: each schema documents exactly the fields of its interface, no more and no fewer.
type Extra<S extends z.ZodType, T> =
  | Exclude<keyof z.output<S>, keyof T>
  | Exclude<keyof T, keyof z.output<S>>;
type None<K> = [K] extends [never] ? true : false;
const sameFields: [
  None<Extra<typeof nameSchema, Name>>,
  None<Extra<typeof provenanceSchema, Provenance>>,
  None<Extra<typeof nodeRefSchema, NodeRef>>,
  None<Extra<typeof graphNodeSchema, GraphNode>>,
  None<Extra<typeof graphEdgeSchema, GraphEdge>>,
  None<Extra<typeof graphPayloadSchema, GraphPayload>>,
  None<Extra<typeof pathStepSchema, PathStep>>,
  None<Extra<typeof graphPathSchema, GraphPath>>,
  None<Extra<typeof pathResultSchema, PathResult>>,
  None<Extra<typeof eventSummarySchema, EventSummary>>,
  None<Extra<typeof timelinePayloadSchema, TimelinePayload>>,
  None<Extra<typeof tieSummarySchema, TieSummary>>,
  None<Extra<typeof officeHeldSchema, OfficeHeld>>,
  None<Extra<typeof articleSummarySchema, ArticleSummary>>,
  None<Extra<typeof nodeDetailsSchema, NodeDetails>>,
  None<Extra<typeof userSummarySchema, UserSummary>>,
  None<Extra<typeof sessionInfoSchema, SessionInfo>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void sameFields;
