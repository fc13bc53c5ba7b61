/**
 * One seed for every fuzz property, fixed so CI is reproducible; FUZZ_SEED and FUZZ_RUNS explore further.
 * A failure names the seed (and fast-check's path) so the exact case can be replayed.
 */
import fc from "fast-check";

const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) ? value : fallback;
};

export const FUZZ_SEED = envInt("FUZZ_SEED", 20261207);

/** `scale` lets a cheap property run more often than an expensive one from the same FUZZ_RUNS. */
export const runs = (fallback: number) => envInt("FUZZ_RUNS", fallback);

export async function checkProperty<Ts extends [unknown, ...unknown[]]>(
  property: fc.IAsyncPropertyWithHooks<Ts>,
  numRuns: number,
): Promise<void> {
  const details = await fc.check(property, { seed: FUZZ_SEED, numRuns: runs(numRuns), endOnFailure: true });
  if (details.failed) {
    throw new Error(
      `fuzz property failed (FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${runs(numRuns)} to replay; ` +
        `counterexample path ${details.counterexamplePath}):\n${clip(String(details.errorInstance))}\n` +
        `counterexample: ${clip(fc.stringify(details.counterexample))}`,
    );
  }
}

const clip = (s: string) => (s.length > 1500 ? `${s.slice(0, 1500)}… (${s.length} characters)` : s);

/** Per-test time limit: each request has its own bound (answers.ts), so large FUZZ_RUNS only need room. */
export const FUZZ_TEST_TIMEOUT_MS = 30 * 60_000;
