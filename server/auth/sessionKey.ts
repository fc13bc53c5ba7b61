/**
 * The key that seals session cookies. From SESSION_SECRET when set (several servers behind one address
 * must share it); otherwise made once and kept in a 0600 file beside the users file, so a restart keeps
 * everyone signed in. Removing that file signs everyone out.
 */
import { hkdfSync, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { writePrivateFile } from "./atomicWrite.ts";

/** libsodium's secretbox key size, what @fastify/secure-session expects. */
export const SESSION_KEY_BYTES = 32;
const MIN_SECRET_LENGTH = 32;

export interface SessionKeyOptions {
  secret?: string;
  file: string;
  /** Told when the key cannot be kept (a read-only data folder): sessions then end on restart. */
  warn?: (message: string) => void;
}

export async function loadSessionKey(options: SessionKeyOptions): Promise<Buffer> {
  if (options.secret !== undefined) return keyFromSecret(options.secret);
  const stored = await readFile(options.file, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  if (stored !== null) return keyFromFile(stored, options.file);
  const key = randomBytes(SESSION_KEY_BYTES);
  await writePrivateFile(options.file, `${key.toString("base64")}\n`).catch((err: Error) => {
    options.warn?.(
      `cannot keep a session key in ${options.file} (${err.message}); sessions will end on restart ` +
        "(set SESSION_SECRET to keep them)",
    );
  });
  return key;
}

/** A passphrase of any shape becomes a key of the right size; a short one is refused, not padded. */
export function keyFromSecret(secret: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -base64 48)`,
    );
  }
  return Buffer.from(
    hkdfSync("sha256", secret, "diplomatic-graph-explorer", "session cookie key", SESSION_KEY_BYTES),
  );
}

function keyFromFile(text: string, file: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== SESSION_KEY_BYTES) {
    throw new Error(
      `${file} does not hold a session key; remove it and a new one is made (everyone signs in again)`,
    );
  }
  return key;
}
