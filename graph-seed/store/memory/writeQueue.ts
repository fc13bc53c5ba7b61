/**
 * The embedded store's writes, one after another, each all-or-nothing: a write runs, then the snapshot is
 * saved; if either throws, the undo records the write made are played back (memory/undo.ts) before the
 * error reaches the caller. bulk() groups writes: one snapshot at the end, and if the work or that
 * snapshot fails, every write of the group is undone.
 */
import type { Undo } from "./undo.ts";

export interface WriteHooks {
  /** Persists the current state (no-op when the store keeps no snapshot). */
  save(): Promise<void>;
  /** Plays back undo records, newest last in `log` (so they are undone newest first). */
  undo(log: Undo[]): void;
}

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  /** Inside bulk(): snapshot writes wait for its end. */
  private bulkDepth = 0;
  /** The running write's undo records. */
  private current: Undo[] | null = null;
  /** Inside bulk(): the undo records of every write it has made so far. */
  private bulkLog: Undo[] | null = null;

  /**
   * Even while no write is under way, odd while one is: bumped as a write starts and as it ends, where a
   * bulk counts as one write (the writes inside it do not bump it). So an ingest, a bulk of several
   * writes, moves it once to odd and once back to even, and a reader knows the state it sees is a whole one
   * only while it is even.
   */
  revision = 0;
  /** Writes running and bulks open: the revision is odd while this is above zero. */
  private open = 0;

  constructor(private readonly hooks: WriteHooks) {}

  /** Called by a write before each change it makes. */
  record(undo: Undo) {
    this.current?.push(undo);
  }

  /** Resolves once every queued write has finished, whatever its outcome. */
  idle(): Promise<void> {
    return this.tail.then(
      () => undefined,
      () => undefined,
    );
  }

  private enter() {
    if (this.open++ === 0) this.revision++;
  }

  private leave() {
    if (--this.open === 0) this.revision++;
  }

  run<T>(change: () => T | Promise<T>, persist = true): Promise<T> {
    const run = this.tail.then(async () => {
      const log: Undo[] = [];
      this.current = log;
      this.enter();
      try {
        const result = await change();
        if (persist && this.bulkDepth === 0) await this.hooks.save();
        this.bulkLog?.push(...log);
        return result;
      } catch (error) {
        this.hooks.undo(log);
        throw error;
      } finally {
        this.current = null;
        this.leave();
      }
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** A bulk inside a bulk joins the outer one. */
  async bulk<T>(work: () => Promise<T>): Promise<T> {
    const outermost = this.bulkDepth++ === 0;
    // Started in the queue, so writes queued before the bulk are not counted as its own.
    if (outermost) {
      await this.run(() => {
        this.bulkLog = [];
        this.enter();
      }, false);
    }
    let failure: { error: unknown } | null = null;
    let value: T | undefined;
    try {
      value = await work();
    } catch (error) {
      failure = { error };
    }
    this.bulkDepth--;
    if (outermost) {
      await this.run(async () => {
        const log = this.bulkLog ?? [];
        this.bulkLog = null;
        try {
          if (!failure) {
            try {
              await this.hooks.save();
              return;
            } catch (error) {
              failure = { error };
            }
          }
          this.hooks.undo(log);
        } finally {
          this.leave();
        }
      }, false);
    }
    if (failure) throw failure.error;
    return value as T;
  }
}
