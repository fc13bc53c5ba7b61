/** Placeholder until a store implements curation: every operation is refused as not implemented. */
import type { CurationStore } from "../../model/store.ts";

const pending = async (): Promise<never> => {
  throw new Error("curation is not implemented by this store yet");
};

export const pendingCuration: CurationStore = {
  reviewQueue: pending,
  apply: pending,
  applyAll: pending,
  revert: pending,
  audit: pending,
  history: pending,
  orphans: pending,
  // Nothing to re-apply where nothing can be recorded.
  reapply: async () => ({ applied: 0, orphaned: [] }),
  forgetAll: async () => {},
};
