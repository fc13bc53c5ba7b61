/** The story routes (issue 13) for the OpenAPI document. */
import { storyInputSchema, storyParamsSchema } from "../../model/story.ts";
import type { RouteDoc } from "./routes.ts";

const ERRORS = {
  "400": "ErrorBody: invalid id or body; `issues` names each field",
  "404": "ErrorBody: no such story",
};
const WRITE = {
  ...ERRORS,
  "401": "ErrorBody: not signed in",
  "403": "ErrorBody: signed in without the editor role, or the x-csrf-token header is missing or wrong",
};

export const STORY_ROUTES: RouteDoc[] = [
  {
    method: "get",
    path: "/api/stories",
    summary: "Every story, newest first: id, title, number of steps, last change",
    responses: { "200": "StorySummary[]" },
  },
  {
    method: "get",
    path: "/api/stories/{id}",
    summary: "A story with its steps, and `lost`: the nodes each step showed that the graph no longer has",
    params: storyParamsSchema,
    responses: { "200": "StoryAnswer", ...ERRORS },
  },
  {
    method: "post",
    path: "/api/stories",
    summary: "Save a new story (editors)",
    body: storyInputSchema,
    responses: { "201": "Story", ...WRITE },
  },
  {
    method: "post",
    path: "/api/stories/{id}/edit",
    summary: "Replace a story's title and steps (editors): reorder, edit, delete steps",
    params: storyParamsSchema,
    body: storyInputSchema,
    responses: { "200": "Story", ...WRITE },
  },
  {
    method: "delete",
    path: "/api/stories/{id}",
    summary: "Delete a story (editors)",
    params: storyParamsSchema,
    responses: { "200": "{ deleted: id }", ...WRITE },
  },
];
