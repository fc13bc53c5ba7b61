/**
 * Runs a layout with Math.random replaced by a seeded generator, so the same graph always lays out the
 * same way and a shared link reopens the same picture. fcose draws its random start inside run(), which
 * is synchronous for a fresh layout, so the swap covers exactly that call.
 */

import { seededRandom } from "../../../model/seededRandom.ts";

/** The seed every layout starts from; a link carries no seed because there is only this one. */
export const LAYOUT_SEED = 14;

export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
