/**
 * Curation on the embedded store. A change is planned (curation/plan.ts), written into the graph with an
 * undo record, its ties recomputed, and then its audit entry appended to the journal and fsync'd: that
 * append is the commit. If it fails, the write queue undoes the change in memory. The snapshot is saved
 * after it; if that fails the change still stands (the journal has it, and replays it on the next load).
 */
import type {
  Actor,
  AuditEntry,
  AuditQuery,
  CurationInput,
  CurationResult,
  OrphanedCorrection,
  ReapplyReport,
  ReviewQueueQuery,
} from "../../../model/curation.ts";
import type { CurationStore } from "../../../model/store.ts";
import { auditPage, historyOf } from "../curation/audit.ts";
import { notFound } from "../curation/context.ts";
import { type Plan, planAll, planOne, type Who } from "../curation/plan.ts";
import { entriesToReplay, orphanOf, resolveInput } from "../curation/replay.ts";
import { checkRevertable, planRevert } from "../curation/revert.ts";
import { applyChange, memoryReader } from "./apply.ts";
import type { Journal } from "./journal.ts";
import { refreshAllMet, refreshMetAround } from "./met.ts";
import { reviewQueue } from "./queue.ts";
import type { MemoryState } from "./state.ts";
import { undoMetRefresh } from "./undo.ts";
import type { WriteQueue } from "./writeQueue.ts";

export interface MemoryCurationHost {
  state(): MemoryState;
  writes: WriteQueue;
  journal: Journal | null;
  saveSnapshot(): Promise<void>;
  /** The graph changed around these nodes (or everywhere): search index, projections, review views. */
  changed(nodes: string[] | "all"): void;
  warn(message: string): void;
}

const whoOf = (actor: Actor): Who => ({ by: actor.name, at: new Date().toISOString(), reason: actor.reason });

export class MemoryCuration implements CurationStore {
  private entries: AuditEntry[] = [];
  private orphaned: OrphanedCorrection[] = [];

  constructor(private readonly host: MemoryCurationHost) {}

  /** On init, inside the store's write: read the journal and replay it over the loaded snapshot. */
  async load(): Promise<void> {
    if (this.host.journal) this.entries = await this.host.journal.read();
    await this.replayAll();
  }

  reapply(): Promise<ReapplyReport> {
    return this.host.writes.run(() => this.replayAll());
  }

  async reviewQueue(query: ReviewQueueQuery) {
    return reviewQueue(this.host.state(), query);
  }

  apply(input: CurationInput, actor: Actor) {
    return this.applyAll([input], actor);
  }

  applyAll(inputs: CurationInput[], actor: Actor): Promise<CurationResult> {
    return this.host.writes.run(async () => {
      const plan = await planAll(memoryReader(this.host.state()), inputs, whoOf(actor));
      return this.commit(plan);
    }, false);
  }

  revert(entryId: string, actor: Actor): Promise<CurationResult> {
    return this.host.writes.run(async () => {
      const entry = this.entries.find((e) => e.id === entryId);
      if (!entry) throw notFound(`audit entry ${entryId}`);
      checkRevertable(entry, this.entries);
      return this.commit(await planRevert(memoryReader(this.host.state()), entry, whoOf(actor)));
    }, false);
  }

  async audit(query: AuditQuery) {
    return auditPage(this.entries, query);
  }

  async history(id: string) {
    return historyOf(this.entries, id);
  }

  async orphans() {
    return this.orphaned;
  }

  forgetAll(): Promise<void> {
    return this.host.writes.run(async () => {
      const old = this.entries;
      this.host.writes.record(() => {
        this.entries = old;
        return [];
      });
      this.entries = [];
      this.orphaned = [];
      await this.host.journal?.truncate();
    }, false);
  }

  async close() {
    await this.host.journal?.close();
  }

  private async commit(plan: Plan): Promise<CurationResult> {
    const { graph } = this.host.state();
    this.host.writes.record(applyChange(graph, plan.change));
    this.host.writes.record(undoMetRefresh(graph));
    const touched = [...refreshMetAround(graph, plan.events), ...plan.change.nodes.keys()];
    for (const e of plan.change.edges.values()) if (e) touched.push(e.source, e.target);
    this.host.changed(touched);
    await this.host.journal?.append(plan.entries);
    this.entries.push(...plan.entries);
    await this.host.saveSnapshot().catch((error: unknown) => {
      this.host.warn(
        `curation: the change is journaled but the snapshot could not be saved: ${String(error)}`,
      );
    });
    return { entries: plan.entries, reviews: plan.reviews, created: plan.created };
  }

  /** Re-applies every standing correction in order; those that no longer apply become orphans. */
  private async replayAll(): Promise<ReapplyReport> {
    const state = this.host.state();
    const orphaned: OrphanedCorrection[] = [];
    let applied = 0;
    for (const entry of entriesToReplay(this.entries)) {
      const reader = memoryReader(state);
      try {
        const input = await resolveInput(reader, entry);
        if (typeof input === "string") {
          orphaned.push(orphanOf(entry, input));
          continue;
        }
        const { change } = await planOne(reader, input, {
          who: { by: entry.by, at: entry.at, reason: entry.reason },
          replayOf: entry,
        });
        this.host.writes.record(applyChange(state.graph, change));
        applied++;
      } catch (error) {
        orphaned.push(orphanOf(entry, error));
      }
    }
    if (applied > 0) {
      this.host.writes.record(undoMetRefresh(state.graph));
      refreshAllMet(state.graph);
      this.host.changed("all");
    }
    this.orphaned = orphaned;
    return { applied, orphaned };
  }
}
