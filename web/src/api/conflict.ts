/** Reads a refused write: who changed the fact meanwhile (409), or the server's message otherwise. */
import type { ConflictBody } from "../../../model/curation.ts";
import { ApiError } from "./client.ts";

export interface WriteProblem {
  conflict: boolean;
  /** For a conflict: who made the change the editor did not see; null when the server did not say. */
  by: string | null;
  message: string;
}

export function writeProblem(error: unknown): WriteProblem | null {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 409) {
    const body = error.body as ConflictBody | null;
    return { conflict: true, by: body?.conflicts?.[0]?.current.by ?? null, message: error.message };
  }
  return { conflict: false, by: null, message: error instanceof Error ? error.message : String(error) };
}
