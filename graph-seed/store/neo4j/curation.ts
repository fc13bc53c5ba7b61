/**
 * Curation on Neo4j. Each change runs in one write transaction (session.executeWrite): lock the nodes it
 * names, read and check them (versions, targets, sources) with the shared planner, write the records,
 * recompute the ties, and create its (:Correction) nodes. A stale version throws inside the transaction,
 * which rolls it back: nothing half-applied, and the correction exists exactly when the change does.
 */
import type {
  Actor,
  AuditEntry,
  AuditQuery,
  CurationInput,
  CurationResult,
  OrphanedCorrection,
  QueueParticipant,
  ReapplyReport,
  ReviewQueueItem,
  ReviewQueuePage,
  ReviewQueueQuery,
} from "../../../model/curation.ts";
import { nodeId } from "../../../model/ids.ts";
import { CurationError, type CurationStore } from "../../../model/store.ts";
import { auditPage, historyOf } from "../curation/audit.ts";
import { notFound } from "../curation/context.ts";
import { type Plan, planAll, planOne, type Who } from "../curation/plan.ts";
import type { RecordChange } from "../curation/reader.ts";
import { entriesToReplay, orphanOf, resolveInput } from "../curation/replay.ts";
import { checkRevertable, planRevert } from "../curation/revert.ts";
import { reviewOf } from "../curation/rules.ts";
import { BATCH_SIZE, chunks } from "./batches.ts";
import { lockIdsOf, lockIdsOfEntry, txReader, writeChange, writeCorrections } from "./curationWrite.ts";
import {
  CLEAR_ORPHAN_MARKS,
  DELETE_CORRECTIONS_BATCH,
  LOCK_NODES,
  MARK_ORPHANS,
  READ_CORRECTIONS,
  REVIEW_QUEUE_COUNT,
  REVIEW_QUEUE_PAGE,
} from "./cypher.ts";
import { refreshTies, refreshTiesAround } from "./derived.ts";
import { readNodeDetails } from "./details.ts";
import type { CypherRunner, Row, TxRun } from "./session.ts";
import { toCypherInt, toJsNumber } from "./values.ts";

const whoOf = (actor: Actor): Who => ({ by: actor.name, at: new Date().toISOString(), reason: actor.reason });

interface Stored {
  entries: AuditEntry[];
  orphaned: OrphanedCorrection[];
}

function parseCorrections(rows: Row[]): Stored {
  const entries: AuditEntry[] = [];
  const orphaned: OrphanedCorrection[] = [];
  for (const row of rows) {
    const entry = JSON.parse(String(row.entry)) as AuditEntry;
    entries.push(entry);
    if (typeof row.orphan === "string") orphaned.push({ entry, reason: row.orphan });
  }
  return { entries, orphaned };
}

const readAll = async (run: TxRun) => parseCorrections(await run(READ_CORRECTIONS));

export interface Neo4jCurationHost {
  db: CypherRunner;
  /** Writes of this process run one at a time (as upserts do). */
  serial<T>(work: () => Promise<T>): Promise<T>;
}

export class Neo4jCuration implements CurationStore {
  constructor(private readonly host: Neo4jCurationHost) {}

  async reviewQueue(q: ReviewQueueQuery): Promise<ReviewQueuePage> {
    const { db } = this.host;
    const [count] = await db.read(REVIEW_QUEUE_COUNT);
    const rows = await db.read(REVIEW_QUEUE_PAGE, {
      offset: toCypherInt(q.offset),
      limit: toCypherInt(q.limit),
    });
    const items: ReviewQueueItem[] = [];
    for (const row of rows) {
      const item = await this.queueItem(String(row.id));
      if (item) items.push(item);
    }
    return { items, remaining: toJsNumber(count?.count ?? 0), offset: q.offset, limit: q.limit };
  }

  private async queueItem(id: string): Promise<ReviewQueueItem | null> {
    const { db } = this.host;
    const details = await readNodeDetails(db, nodeId(id), { includeRejected: true, confirmedOnly: false });
    const summary = details?.events[0];
    if (!details || !summary) return null;
    const edges = await txReader((query, params) => db.read(query, params)).edgesOf(id);
    const names = new Map(summary.participants.map((p) => [p.id as string, p]));
    const participants: QueueParticipant[] = edges
      .filter((e) => e.kind === "PARTICIPATED_IN" && names.has(e.source))
      .map((e) => ({
        ...names.get(e.source)!,
        edgeId: e.id,
        role: e.role ?? null,
        confidence: e.confidence ?? null,
        review: reviewOf(e),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return {
      event: details.node,
      review: reviewOf(details.node),
      articles: details.articles,
      evidence: summary.evidence,
      participants,
      place: summary.place,
      topics: summary.topics,
    };
  }

  apply(input: CurationInput, actor: Actor) {
    return this.applyAll([input], actor);
  }

  applyAll(inputs: CurationInput[], actor: Actor): Promise<CurationResult> {
    return this.write(async (run) => {
      await run(LOCK_NODES, { ids: lockIdsOf(inputs) });
      return commit(run, await planAll(txReader(run), inputs, whoOf(actor)));
    });
  }

  revert(entryId: string, actor: Actor): Promise<CurationResult> {
    return this.write(async (run) => {
      const { entries } = await readAll(run);
      const entry = entries.find((e) => e.id === entryId);
      if (!entry) throw notFound(`audit entry ${entryId}`);
      await run(LOCK_NODES, { ids: lockIdsOfEntry(entry) });
      checkRevertable(entry, entries);
      return commit(run, await planRevert(txReader(run), entry, whoOf(actor)));
    });
  }

  async audit(query: AuditQuery) {
    return auditPage(parseCorrections(await this.host.db.read(READ_CORRECTIONS)).entries, query);
  }

  async history(id: string) {
    return historyOf(parseCorrections(await this.host.db.read(READ_CORRECTIONS)).entries, id);
  }

  async orphans() {
    return parseCorrections(await this.host.db.read(READ_CORRECTIONS)).orphaned;
  }

  /** One transaction: every standing correction re-applied in order, ties recomputed, orphans marked. */
  reapply(): Promise<ReapplyReport> {
    return this.write(async (run) => {
      const { entries } = await readAll(run);
      const orphaned: OrphanedCorrection[] = [];
      let applied = 0;
      for (const entry of entriesToReplay(entries)) {
        const outcome = await replayOne(run, entry);
        if (outcome === true) applied++;
        else orphaned.push(orphanOf(entry, outcome));
      }
      if (applied > 0) await refreshTies(run);
      await run(CLEAR_ORPHAN_MARKS);
      for (const part of chunks(orphaned)) {
        await run(MARK_ORPHANS, { rows: part.map((o) => ({ id: o.entry.id, reason: o.reason })) });
      }
      return { applied, orphaned };
    });
  }

  forgetAll(): Promise<void> {
    return this.host.serial(async () => {
      for (;;) {
        const [row] = await this.host.db.write((run) =>
          run(DELETE_CORRECTIONS_BATCH, { batchSize: toCypherInt(BATCH_SIZE) }),
        );
        if (toJsNumber(row?.deleted ?? 0) < BATCH_SIZE) break;
      }
    });
  }

  private write<T>(work: (run: TxRun) => Promise<T>): Promise<T> {
    // Renamed nodes are written whole with their search terms (nodeToRow): the fulltext index follows.
    return this.host.serial(() => this.host.db.write(work));
  }
}

async function commit(run: TxRun, plan: Plan): Promise<CurationResult> {
  await writeChange(run, plan.change);
  // The ties of the events the change touched, as the embedded store re-derives them (refreshMetAround);
  // a deleted node's ties were deleted with it.
  await refreshTiesAround(run, plan.events);
  await writeCorrections(run, plan.entries);
  return { entries: plan.entries, reviews: plan.reviews, created: plan.created };
}

/**
 * true when applied; otherwise why the entry is orphaned. Only planning may fail here: a failed statement
 * ends a Neo4j transaction, so write errors are not caught but abort the whole re-application.
 */
async function replayOne(run: TxRun, entry: AuditEntry): Promise<true | unknown> {
  const reader = txReader(run);
  let change: RecordChange;
  try {
    const input = await resolveInput(reader, entry);
    if (typeof input === "string") return input;
    const who = { by: entry.by, at: entry.at, reason: entry.reason };
    change = (await planOne(reader, input, { who, replayOf: entry })).change;
  } catch (error) {
    if (error instanceof CurationError) return error;
    throw error;
  }
  await writeChange(run, change);
  return true;
}
