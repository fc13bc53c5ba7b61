/**
 * Fills `searchTerms` on nodes written before it existed (by an older version of this store), so the
 * fulltext index finds them: batch by batch at start, each batch its own write transaction. Nodes written
 * since carry it already (neo4j/mapping.ts), and then this is one short scan.
 */
import { NODES_MISSING_SEARCH_TERMS, WRITE_SEARCH_TERMS } from "./cypherReads.ts";
import { searchTermsOf } from "./fulltext.ts";
import { nodeFromProps } from "./mapping.ts";
import type { CypherRunner } from "./session.ts";
import { asMap, toCypherInt } from "./values.ts";

const BACKFILL_BATCH = 5000;

export async function backfillSearchTerms(db: CypherRunner): Promise<number> {
  let filled = 0;
  for (;;) {
    const done = await db.write(async (run) => {
      const rows = await run(NODES_MISSING_SEARCH_TERMS, { batchSize: toCypherInt(BACKFILL_BATCH) });
      const terms = rows.map((r) => {
        const props = asMap(r.props);
        return { id: String(props.id), terms: searchTermsOf(nodeFromProps(props)) };
      });
      if (terms.length > 0) await run(WRITE_SEARCH_TERMS, { rows: terms });
      return terms.length;
    });
    filled += done;
    if (done < BACKFILL_BATCH) return filled;
  }
}
