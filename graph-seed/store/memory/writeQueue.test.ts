import { describe, expect, it } from "vitest";
import type { Undo } from "./undo.ts";
import { WriteQueue } from "./writeQueue.ts";

const isOdd = (n: number) => n % 2 !== 0;

function queue() {
  const undone: Undo[][] = [];
  const writes = new WriteQueue({ save: async () => {}, undo: (log) => void undone.push(log) });
  return { writes, undone };
}

describe("WriteQueue revision", () => {
  it("is odd while a write runs and even again, one step further, once it ends", async () => {
    const { writes } = queue();
    const start = writes.revision;
    expect(isOdd(start)).toBe(false);
    let seen = -1;
    await writes.run(async () => {
      await Promise.resolve();
      seen = writes.revision;
    });
    expect(seen).toBe(start + 1);
    expect(writes.revision).toBe(start + 2);
  });

  it("counts a bulk as one write: odd from its start to its end, between the writes inside it too", async () => {
    const { writes } = queue();
    const start = writes.revision;
    const seen: number[] = [];
    await writes.bulk(async () => {
      seen.push(writes.revision);
      await writes.run(() => void seen.push(writes.revision));
      seen.push(writes.revision);
      await writes.run(() => void seen.push(writes.revision));
      seen.push(writes.revision);
    });
    expect(seen.every(isOdd)).toBe(true);
    expect(writes.revision).toBe(start + 2);
  });

  it("comes back to even after a bulk that fails, with its writes undone", async () => {
    const { writes, undone } = queue();
    const start = writes.revision;
    await expect(
      writes.bulk(async () => {
        await writes.run(() => writes.record(() => []));
        throw new Error("half way");
      }),
    ).rejects.toThrow("half way");
    expect(undone.flat()).toHaveLength(1);
    expect(writes.revision).toBe(start + 2);
  });

  it("stays odd while a write from elsewhere runs inside an open bulk", async () => {
    const { writes } = queue();
    const start = writes.revision;
    let outside = -1;
    await writes.bulk(async () => {
      await writes.run(() => {});
      // Queued by another caller while the bulk is open.
      await writes.run(() => {
        outside = writes.revision;
      });
    });
    expect(isOdd(outside)).toBe(true);
    expect(writes.revision).toBe(start + 2);
  });
});
