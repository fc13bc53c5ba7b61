/**
 * Lints every Cypher statement (neo4j/cypher.ts and neo4j/cypherReads.ts) with Neo4j's own analyzer against
 * the schema the store writes, checks each statement's parameters are exactly the declared ones, that every
 * statement is used, and that no other source file carries Cypher of its own.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { EDGE_KINDS, NODE_KINDS } from "../../../model/kinds.ts";
import * as cypher from "./cypher.ts";
import * as reads from "./cypherReads.ts";
import { NEO4J_PROPERTY_KEYS, STATEMENT_PARAMETERS } from "./lintSchema.ts";

const ROOT = join(import.meta.dirname, "../../..");

/** Every exported statement, flattened: `NAME`, `NAME.Kind` for per-kind maps, `NAME[i]` for lists. */
const MODULES = { ...cypher, ...reads };

const statements = (): [string, string][] =>
  Object.entries(MODULES).flatMap(([name, value]): [string, string][] => {
    if (typeof value === "string") return [[name, value]];
    if (Array.isArray(value)) return value.map((s, i): [string, string] => [`${name}[${i}]`, s]);
    return Object.entries(value as Record<string, string>).map(([k, s]): [string, string] => [
      `${name}.${k}`,
      s,
    ]);
  });

const paramsIn = (query: string) => [
  ...new Set([...query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1])),
];

const schemaFor = (name: string) => ({
  labels: [...NODE_KINDS, "Node", "ArticleRecord", "Correction", "Story", "Schema"],
  relationshipTypes: [...EDGE_KINDS],
  propertyKeys: [...NEO4J_PROPERTY_KEYS],
  parameters: STATEMENT_PARAMETERS[name.replace(/[.[].*$/, "")] ?? {},
});

describe("neo4j/cypher.ts and neo4j/cypherReads.ts", () => {
  const all = statements();

  it("exports statements for every node and edge kind", () => {
    expect(all.length).toBeGreaterThan(NODE_KINDS.length + EDGE_KINDS.length);
    expect(Object.keys(cypher.NODE_LABEL_BY_KIND).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(cypher.WRITE_EDGES_BY_KIND).sort()).toEqual([...EDGE_KINDS].sort());
  });

  it.each(all)("%s lints with zero diagnostics", (name, query) => {
    const { diagnostics } = lintCypherQuery(query, schemaFor(name));
    expect(diagnostics.map((d) => d.message)).toEqual([]);
  });

  it.each(all)("%s declares exactly the parameters it uses", (name, query) => {
    const declared = Object.keys(STATEMENT_PARAMETERS[name.replace(/[.[].*$/, "")] ?? {}).sort();
    expect(paramsIn(query).sort()).toEqual(declared);
  });

  it("the linter does catch an undeclared parameter, label and property (the checks have teeth)", () => {
    const bad = "MATCH (n:Nod {idd: $nope}) RETURN n";
    const messages = lintCypherQuery(bad, schemaFor("PING")).diagnostics.map((d) => d.message);
    expect(messages.join("\n")).toMatch(/\$nope/);
    expect(messages.join("\n")).toMatch(/Nod/);
    expect(messages.join("\n")).toMatch(/idd/);
  });

  it("statements differ only by their label or type inside a per-kind map", () => {
    for (const [kind, query] of Object.entries(cypher.WRITE_EDGES_BY_KIND)) {
      expect(query.replaceAll(kind, "KIND")).toBe(cypher.WRITE_EDGES_BY_KIND.MET.replaceAll("MET", "KIND"));
    }
    for (const [kind, query] of Object.entries(cypher.NODE_LABEL_BY_KIND)) {
      expect(query.replaceAll(kind, "KIND")).toBe(
        cypher.NODE_LABEL_BY_KIND.Event.replaceAll("Event", "KIND"),
      );
    }
  });
});

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });

describe("Cypher stays in neo4j/cypher.ts and neo4j/cypherReads.ts", () => {
  const files = ["graph-seed", "server"].flatMap((dir) => {
    try {
      return sourceFiles(join(ROOT, dir));
    } catch {
      return []; // a folder that does not exist yet holds no Cypher
    }
  });
  const others = files.filter((f) => !/store\/neo4j\/cypher(Reads|ConsoleSamples|\.test)?\.ts$/.test(f));

  it("no other file in graph-seed/ or server/ contains Cypher", () => {
    const cypherLike = /\b(MATCH|MERGE) \(|\bUNWIND \$|\bDETACH DELETE\b|\bCREATE (CONSTRAINT|INDEX)\b/;
    const offenders = others.filter((f) => cypherLike.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it("every exported statement is used by some module", () => {
    const code = others
      // The lint schema and the test database name every statement; they do not count as users.
      .filter((f) => !f.endsWith(".test.ts") && !/neo4j\/(lintSchema|simulatedDb)\.ts$/.test(f))
      .map((f) => readFileSync(f, "utf8"));
    const unused = Object.keys(MODULES).filter(
      (name) => !code.some((c) => new RegExp(`\\b${name}\\b`).test(c)),
    );
    expect(unused).toEqual([]);
  });
});
