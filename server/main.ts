/**
 * `npm run serve`: reads the environment, opens the store (embedded by default, Neo4j with NEO4J_URI),
 * seeds an empty embedded store from the corpus, serves the API and the built web app, and closes both
 * cleanly on Ctrl-C / SIGTERM.
 */

import { dirname, resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { removeStaleTemps } from "../graph-seed/corpus/staleTemps.ts";
import { createStoreFromEnv } from "../graph-seed/store/index.ts";
import { DEFAULT_SNAPSHOT } from "../graph-seed/store/memory/index.ts";
import type { GraphStore } from "../model/store.ts";
import { StoreUnavailableError } from "../model/store.ts";
import { createApp } from "./app.ts";
import type { Accounts } from "./auth/accounts.ts";
import { ADD_ACCOUNT_HINT } from "./auth/guard.ts";
import { loadSessionKey } from "./auth/sessionKey.ts";
import { createUserStore } from "./auth/users.ts";
import { readConfig, type ServerConfig } from "./config.ts";
import { createExtractPool, extractPoolOptions } from "./extractPool.ts";
import { readCacheLimits } from "./readCache.ts";
import { reconcileCorpus } from "./reconcile.ts";
import { retryInitOnUse } from "./retryInit.ts";
import { type SeedLog, seedIfEmpty } from "./seedIfEmpty.ts";

async function openStore(log: (msg: string) => void): Promise<GraphStore> {
  const store = await createStoreFromEnv();
  try {
    await store.init();
    return store;
  } catch (err) {
    // A broken embedded snapshot is fatal; Neo4j being down is not: serve 503s and retry on use.
    if (store.kind === "embedded" && !(err instanceof StoreUnavailableError)) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    log(`warning: ${store.kind} store unavailable at start (${reason}); answering 503 until it is back`);
    return retryInitOnUse(store, false);
  }
}

function closeOnSignals(app: FastifyInstance, store: GraphStore) {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    try {
      await app.close();
      await store.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, "error while shutting down");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

/** An empty embedded store is seeded; one with a graph gets what the corpus has and it lacks. */
async function seedOrReconcile(store: GraphStore, corpusDir: string, log: SeedLog) {
  const seeded = await seedIfEmpty(store, corpusDir, log);
  if (store.kind !== "embedded") return;
  const snapshotDir = dirname(resolve(process.env.EMBEDDED_SNAPSHOT || DEFAULT_SNAPSHOT));
  const stale = await removeStaleTemps(snapshotDir);
  if (stale.length > 0)
    log.warn(`removed ${stale.length} stale temporary file(s) in ${snapshotDir}: ${stale.join(", ")}`);
  if (seeded === 0) await reconcileCorpus(store, corpusDir, log);
}

/** Reads the users file now, so a broken one stops the start with its own message rather than on a sign-in. */
async function openAccounts(config: ServerConfig, log: (msg: string) => void): Promise<Accounts> {
  const users = createUserStore(config.usersFile);
  if ((await users.count()) === 0) {
    log(`no accounts in ${config.usersFile}: serving read-only (add one with \`${ADD_ACCOUNT_HINT}\`)`);
  }
  const sessionKey = await loadSessionKey({
    secret: config.sessionSecret,
    file: config.sessionKeyFile,
    warn: log,
  });
  return { users, sessionKey };
}

async function main() {
  const config = readConfig();
  const accounts = await openAccounts(config, (msg) => console.warn(msg));
  const store = await openStore((msg) => console.warn(msg));
  const pool = createExtractPool(extractPoolOptions(process.env));
  const app = await createApp({
    store,
    extract: pool.extract,
    corpusDir: config.corpusDir,
    webDir: config.webDir,
    allowedHosts: config.allowedHosts,
    logger: { level: config.logLevel },
    accounts,
    trustProxy: config.trustProxy,
    readCache: readCacheLimits(config.readCacheMb),
    cypherConsole: config.cypherConsole,
  });
  app.addHook("onClose", () => pool.close());
  closeOnSignals(app, store);
  await seedOrReconcile(store, config.corpusDir, app.log).catch((err: unknown) => {
    // A missing or unreadable corpus should not keep the API down: say so and serve what the store has.
    const reason = err instanceof Error ? err.message : String(err);
    console.warn(`warning: could not seed from ${config.corpusDir} (${reason}); serving the store as it is`);
  });
  // Corrections whose target a reseed no longer has are kept and listed, never dropped silently.
  const orphans = await store.curation.orphans().catch(() => []);
  for (const o of orphans)
    console.warn(`warning: correction ${o.entry.id} (${o.entry.action}) is orphaned: ${o.reason}`);
  const address = await app.listen({ port: config.port, host: config.host });
  console.log(
    `Diplomatic graph explorer (${store.kind} store) at ${address.replace("127.0.0.1", "localhost")}`,
  );
}

main().catch((err) => {
  console.error(`server failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
