/**
 * The database's schema, created and versioned by whoever opens the store first (the seeder, the server):
 * constraints and indexes are made only when the (:Schema) node records another version or set of
 * statements, so opening an up-to-date database runs one read and nothing else.
 */
import { createHash } from "node:crypto";
import {
  AWAIT_INDEXES,
  SCHEMA_STATEMENTS,
  SCHEMA_VERSION,
  SCHEMA_VERSION_READ,
  SCHEMA_VERSION_WRITE,
} from "./cypher.ts";
import type { CypherRunner } from "./session.ts";
import { toCypherInt, toJsNumber } from "./values.ts";

/** Changes whenever a statement is added, removed or edited, so a forgotten version bump still migrates. */
export const fingerprintOf = (statements: readonly string[]) =>
  createHash("sha256").update(statements.join("\n")).digest("hex").slice(0, 16);

export const SCHEMA_FINGERPRINT = fingerprintOf(SCHEMA_STATEMENTS);

/** Long enough for a fulltext index over a million names to come online; Neo4j fails the call past it. */
const AWAIT_SECONDS = 600;

export type SchemaOutcome = "up-to-date" | "created";

/**
 * `extra`: schema statements kept beside the reads that need them (the search's FULLTEXT index); they are
 * run and fingerprinted with the rest.
 */
export async function ensureSchema(db: CypherRunner, extra: readonly string[] = []): Promise<SchemaOutcome> {
  const statements = [...SCHEMA_STATEMENTS, ...extra];
  const fingerprint = fingerprintOf(statements);
  const [row] = await db.read(SCHEMA_VERSION_READ);
  const current =
    row &&
    row.version !== null &&
    toJsNumber(row.version) === SCHEMA_VERSION &&
    row.fingerprint === fingerprint;
  if (current) return "up-to-date";
  // Schema commands cannot share a transaction with anything else: one each. IF NOT EXISTS makes a rerun
  // after a failure half-way harmless.
  for (const statement of statements) await db.write((run) => run(statement));
  await db.write((run) => run(AWAIT_INDEXES, { seconds: toCypherInt(AWAIT_SECONDS) }));
  await db.write((run) => run(SCHEMA_VERSION_WRITE, { version: toCypherInt(SCHEMA_VERSION), fingerprint }));
  return "created";
}
