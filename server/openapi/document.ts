/**
 * Builds the OpenAPI 3.1 document from the route table: the inputs straight from the request schemas, the
 * answers from the response schemas (model/responseSchemas.ts) as shared components.
 */
import { z } from "zod";
import { RESPONSE_SCHEMAS, type ResponseSchemaName } from "../../model/responseSchemas.ts";
import type { RouteDoc } from "./routes.ts";
import { ROUTE_DOCS } from "./routes.ts";

type JsonSchema = Record<string, unknown>;

/** Query strings arrive as text, so the input side of each schema is what the client must send. */
const inputSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return rest as JsonSchema;
};

function parametersOf(where: "path" | "query", schema: z.ZodObject | undefined) {
  if (!schema) return [];
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const errorBodySchema: JsonSchema = {
  type: "object",
  required: ["error", "message"],
  properties: {
    error: { type: "string" },
    message: { type: "string" },
    issues: {
      type: "array",
      items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
    },
  },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Every response schema as a component; schemas inside others become references to them. */
function responseComponents(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(RESPONSE_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => ref(id).$ref });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

/** A description naming a payload ("GraphPayload", "SearchHit[] …") gets that payload's schema, if documented. */
function contentOf(description: string) {
  const [, name, list] = /^(\w+)(\[\])?/.exec(description) ?? [];
  if (!name || !(name === "ErrorBody" || name in RESPONSE_SCHEMAS)) return {};
  const schema = list ? { type: "array", items: ref(name) } : ref(name as ResponseSchemaName | "ErrorBody");
  return { content: { "application/json": { schema } } };
}

function operationOf(route: RouteDoc) {
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, description]) => [
      status,
      { description, ...contentOf(description) },
    ]),
  );
  return {
    summary: route.summary,
    parameters: [...parametersOf("path", route.params), ...parametersOf("query", route.query)],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: inputSchema(route.body) } },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTE_DOCS) {
    paths[route.path] ??= {};
    paths[route.path]![route.method] = operationOf(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Diplomatic graph explorer API",
      version: "0.1.0",
      description:
        "Who met whom, when, where and about what, with the source sentence behind every edge. " +
        "Response payload names refer to the TypeScript interfaces in model/api.ts.",
    },
    paths,
    components: { schemas: { ErrorBody: errorBodySchema, ...responseComponents() } },
  };
}
