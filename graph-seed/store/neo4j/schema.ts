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
export const SCHEMA_FINGERPRINT = createHash("sha256")
  .update(SCHEMA_STATEMENTS.join("\n"))
  .digest("hex")
  .slice(0, 16);

/** Long enough for a fulltext index over a million names to come online; Neo4j fails the call past it. */
const AWAIT_SECONDS = 600;

export type SchemaOutcome = "up-to-date" | "created";

export async function ensureSchema(db: CypherRunner): Promise<SchemaOutcome> {
  const [row] = await db.read(SCHEMA_VERSION_READ);
  const current =
    row &&
    row.version !== null &&
    toJsNumber(row.version) === SCHEMA_VERSION &&
    row.fingerprint === SCHEMA_FINGERPRINT;
  if (current) return "up-to-date";
  // Schema commands cannot share a transaction with anything else: one each. IF NOT EXISTS makes a rerun
  // after a failure half-way harmless.
  for (const statement of SCHEMA_STATEMENTS) await db.write((run) => run(statement));
  await db.write((run) => run(AWAIT_INDEXES, { seconds: toCypherInt(AWAIT_SECONDS) }));
  await db.write((run) =>
    run(SCHEMA_VERSION_WRITE, { version: toCypherInt(SCHEMA_VERSION), fingerprint: SCHEMA_FINGERPRINT }),
  );
  return "created";
}
