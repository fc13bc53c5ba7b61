/** The API's route table for the OpenAPI document: every route, its inputs (zod) and its answers. */
import type { z } from "zod";
import {
  exportQuerySchema,
  graphQuerySchema,
  ingestBodySchema,
  neighbourhoodQuerySchema,
  nodeQuerySchema,
  pathQuerySchema,
  searchQuerySchema,
  signInBodySchema,
  timelineQuerySchema,
} from "../../model/api.ts";
import {
  auditQuerySchema,
  bulkConfirmBodySchema,
  entityAddBodySchema,
  entityEditBodySchema,
  eventAddBodySchema,
  eventEditBodySchema,
  mergeBodySchema,
  officeAddBodySchema,
  officeEditBodySchema,
  revertBodySchema,
  reviewQueueQuerySchema,
  splitBodySchema,
  statusBodySchema,
} from "../../model/curation.ts";
import { QUESTION_IDS, type QuestionId, questionSchemas } from "../../model/questions.ts";
import { articleParamsSchema } from "../routes/articles.ts";
import { auditParamsSchema } from "../routes/audit.ts";
import { nodeParamsSchema } from "../routes/nodes.ts";
import { questionPath } from "../routes/questions.ts";
import { newUserBodySchema, userParamsSchema } from "../routes/users.ts";
import { CYPHER_ROUTES } from "./cypherRoutes.ts";
import { STORY_ROUTES } from "./storyRoutes.ts";

const QUESTION_SUMMARIES: Record<QuestionId, string> = {
  "who-met": "Who met x (in person, by call, or either) between two dates, ranked by occasions",
  "pair-topics": "Which topics x and y discussed together, with dates and a quote",
  "common-contacts": "People both x and y met or spoke with",
  "first-last": "Who met x first and who last: every counterpart by first occasion",
  "busiest-weeks": "The weeks in which a topic was discussed on the most occasions",
  bridges:
    "Who connects the community of x with the community of y (Louvain over the people's ties): each bridge with its occasions, people and events on either side",
};

export interface RouteDoc {
  method: "get" | "post" | "delete";
  /** OpenAPI path syntax: `{id}`. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status → description; the payload type named is the one in model/api.ts. */
  responses: Record<string, string>;
}

const ERR_400 = { "400": "ErrorBody: a parameter is invalid; `issues` names each field" };
const ERR_404 = { "404": "ErrorBody: no such node or article" };
const ERR_401 = { "401": "ErrorBody: not signed in (or, with no account yet, how to make one)" };
const ERR_403 = { "403": "ErrorBody: the role is too low, or the x-csrf-token header is missing or wrong" };
const ERR_AUTH = { ...ERR_401, ...ERR_403 };

/** Every curation write: editors only, and the answers it can give besides its own success. */
const WRITE_ERRORS = {
  "400": "ErrorBody: invalid body, or a change the fact cannot take (e.g. a source outside the article)",
  "401": "ErrorBody: not signed in",
  "403": "ErrorBody: signed in without the editor role",
  "404": "ErrorBody: no such fact, entity, office or article",
  "409":
    "ConflictBody: a stale version (`conflicts` carry the current state) or a change refused as it stands",
};

/** Issue 10: the review queue, curation writes, the audit log and corrections (model/curation.ts). */
const CURATION_ROUTES: RouteDoc[] = [
  {
    method: "get",
    path: "/api/review/queue",
    summary: "Unreviewed events, lowest confidence first, with evidence spans to highlight; paged",
    query: reviewQueueQuerySchema,
    responses: { "200": "ReviewQueuePage (remaining = unreviewed events left)", ...ERR_400 },
  },
  {
    method: "post",
    path: "/api/review/status",
    summary: "Confirm or reject one fact (event, participation, entity, office) at the version seen",
    body: statusBodySchema,
    responses: { "200": "CurationResult", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/review/confirm",
    summary: "Confirm a selection of facts at once: all or none",
    body: bulkConfirmBodySchema,
    responses: { "200": "CurationResult", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/events",
    summary: "Add an event by hand from its quote (article id + offsets inside the text)",
    body: eventAddBodySchema,
    responses: { "201": "CurationResult (created: the event id)", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/events/{id}/edit",
    summary: "Edit an event: type, date or interval, place, participants added/removed, topics, planned",
    params: nodeParamsSchema,
    body: eventEditBodySchema,
    responses: { "200": "CurationResult", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/entities",
    summary: "Add an entity by hand from the span of a mention",
    body: entityAddBodySchema,
    responses: { "201": "CurationResult (created: the entity id)", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/entities/{id}/edit",
    summary: "Rename an entity (Arabic, English), change its kind, add aliases",
    params: nodeParamsSchema,
    body: entityEditBodySchema,
    responses: { "200": "CurationResult", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/entities/{id}/merge",
    summary: "Merge this entity into another: names united, edges re-pointed, ties recomputed",
    params: nodeParamsSchema,
    body: mergeBodySchema,
    responses: { "200": "CurationResult", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/entities/{id}/split",
    summary: "Split a wrongly merged entity: move chosen edges and mentions to a new entity",
    params: nodeParamsSchema,
    body: splitBodySchema,
    responses: { "201": "CurationResult (created: the new entity id)", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/offices",
    summary: "Add an office (HOLDS_OFFICE) by hand with the sentence that states it",
    body: officeAddBodySchema,
    responses: { "201": "CurationResult (created: the office edge id)", ...WRITE_ERRORS },
  },
  {
    method: "post",
    path: "/api/offices/{id}/edit",
    summary: "End an office (to), correct its start or its title",
    params: nodeParamsSchema,
    body: officeEditBodySchema,
    responses: { "200": "CurationResult", ...WRITE_ERRORS },
  },
  {
    method: "get",
    path: "/api/audit",
    summary: "The audit log, newest first, filtered by who, time and target; JSON or CSV (format=csv)",
    query: auditQuerySchema,
    responses: { "200": "AuditPage, or text/csv", ...ERR_400 },
  },
  {
    method: "get",
    path: "/api/nodes/{id}/history",
    summary: "Every change that touched this node (entity or event), oldest first",
    params: nodeParamsSchema,
    responses: { "200": "AuditEntry[]" },
  },
  {
    method: "post",
    path: "/api/audit/{id}/revert",
    summary: "Revert a change, recorded as a new change; 409 when later changes touched the same facts",
    params: auditParamsSchema,
    body: revertBodySchema,
    responses: { "200": "CurationResult", ...WRITE_ERRORS },
  },
  {
    method: "get",
    path: "/api/corrections/orphans",
    summary: "Corrections whose target the last (re)seed no longer has: kept, listed, never dropped",
    responses: { "200": "OrphanedCorrection[]" },
  },
];

export const ROUTE_DOCS: RouteDoc[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Liveness: is the store reachable",
    responses: { "200": "Health", "503": "Health with ok=false and a message" },
  },
  {
    method: "get",
    path: "/api/session",
    summary: "Who is signed in, the CSRF token for writes, whether any account exists",
    responses: { "200": "SessionInfo" },
  },
  {
    method: "post",
    path: "/api/session",
    summary: "Sign in: sets an HttpOnly session cookie; 5 failures a minute per address or name, then 429",
    body: signInBodySchema,
    responses: {
      "200": "SessionInfo with the CSRF token for writes",
      ...ERR_400,
      "401": "ErrorBody: wrong name or password (one message for both), or no account exists yet",
      "429": "ErrorBody: too many failed sign-ins; Retry-After says when to try again",
    },
  },
  {
    method: "delete",
    path: "/api/session",
    summary: "Sign out: clears the session cookie (needs the CSRF token when signed in)",
    responses: { "200": "SessionInfo (nobody signed in)", ...ERR_403 },
  },
  {
    method: "post",
    path: "/api/corpus/reseed",
    summary: "Rebuild the graph from the corpus folder and apply every correction again (admin only)",
    responses: { "200": "ReseedResult (orphaned corrections counted)", ...ERR_AUTH },
  },
  {
    method: "get",
    path: "/api/users",
    summary: "Every account with its role (admin only; never a password hash)",
    responses: { "200": "UserSummary[]", ...ERR_AUTH },
  },
  {
    method: "post",
    path: "/api/users",
    summary: "Make an account (admin only)",
    body: newUserBodySchema,
    responses: {
      "201": "UserSummary",
      ...ERR_400,
      ...ERR_AUTH,
      "409": "ErrorBody: the name is taken",
    },
  },
  {
    method: "delete",
    path: "/api/users/{name}",
    summary: "Remove an account; its sessions end (admin only, not one's own)",
    params: userParamsSchema,
    responses: {
      "204": "Removed",
      ...ERR_AUTH,
      "404": "ErrorBody: no such account",
      "409": "ErrorBody: an admin cannot remove their own account",
    },
  },
  {
    method: "get",
    path: "/api/stats",
    summary: "Counts by node and edge kind, store in use, corpus date range",
    responses: { "200": "Stats" },
  },
  {
    method: "get",
    path: "/api/graph",
    summary: "The graph, filtered, in the events or people view; capped with a truncated flag",
    query: graphQuerySchema,
    responses: { "200": "GraphPayload", ...ERR_400 },
  },
  {
    method: "get",
    path: "/api/search",
    summary: "Arabic or English name search, typo- and variant-tolerant, ranked",
    query: searchQuerySchema,
    responses: { "200": "SearchHit[] (best first)", ...ERR_400 },
  },
  {
    method: "get",
    path: "/api/nodes/{id}",
    summary: "One node: names, offices, events with dates, mentions with offsets (id URL-encoded)",
    params: nodeParamsSchema,
    query: nodeQuerySchema,
    responses: { "200": "NodeDetails", ...ERR_400, ...ERR_404 },
  },
  {
    method: "get",
    path: "/api/nodes/{id}/neighbours",
    summary: "A node's neighbourhood (depth 1–3, kind filter, limit) for expand-on-click",
    params: nodeParamsSchema,
    query: neighbourhoodQuerySchema,
    responses: { "200": "GraphPayload", ...ERR_400, ...ERR_404 },
  },
  {
    method: "get",
    path: "/api/paths",
    summary: "Up to k shortest paths between two nodes, each step with its evidence",
    query: pathQuerySchema,
    responses: { "200": "PathResult (paths may be empty)", ...ERR_400, ...ERR_404 },
  },
  {
    method: "get",
    path: "/api/timeline",
    summary: "Events in date order, filtered by participant, type and date range",
    query: timelineQuerySchema,
    responses: { "200": "TimelinePayload", ...ERR_400, ...ERR_404 },
  },
  {
    method: "get",
    path: "/api/questions",
    summary: "The ready questions, by id",
    responses: { "200": "{ questions: string[] }" },
  },
  ...QUESTION_IDS.map(
    (id): RouteDoc => ({
      method: "get",
      path: questionPath(id),
      summary: QUESTION_SUMMARIES[id],
      query: questionSchemas[id],
      responses: { "200": "QuestionAnswer", ...ERR_400, ...ERR_404 },
    }),
  ),
  {
    method: "get",
    path: "/api/articles",
    summary: "Every article in the corpus",
    responses: { "200": "ArticleSummary[]" },
  },
  {
    method: "get",
    path: "/api/articles/{id}",
    summary: "One article's text with the spans of every mention and event evidence",
    params: articleParamsSchema,
    responses: { "200": "ArticleDoc", ...ERR_404 },
  },
  {
    method: "post",
    path: "/api/articles",
    summary:
      "Ingest an article: extract, merge into the graph, store in the corpus (dryRun: preview only); editor or admin",
    body: ingestBodySchema,
    responses: {
      "200": "IngestResult (dryRun: nothing written)",
      "201": "IngestResult: added vs merged nodes",
      ...ERR_400,
      ...ERR_AUTH,
      "413": "ErrorBody: body larger than 1 MB",
      "415": "ErrorBody: body is not application/json",
    },
  },
  {
    method: "get",
    path: "/api/export",
    summary:
      "Download the graph or a filtered view as JSON, GraphML, GEXF or CSV (nodes or edges); " +
      "the same filters as /api/graph, but limit defaults to 20000",
    query: exportQuerySchema,
    responses: {
      "200": "The file, as an attachment (x-truncated header says if the limit cut it)",
      ...ERR_400,
    },
  },
  ...CURATION_ROUTES,
  ...STORY_ROUTES,
  ...CYPHER_ROUTES,
  {
    method: "get",
    path: "/api/openapi.json",
    summary: "This document",
    responses: { "200": "OpenAPI 3.1 document" },
  },
];
