/**
 * Playwright's web server: the real API server on the embedded store, seeded from a temporary copy of
 * the corpus (tests add articles; the repository's corpus and snapshot must stay untouched), serving a
 * fresh build of the web app, with one account per role (support/accounts.ts) in its own users file. Run as
 * `npx tsx e2e/support/startServer.ts` with PORT/HOST set.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createUserStore } from "../../server/auth/users.ts";
import { E2E_ACCOUNTS } from "./accounts.ts";
import { ensureWebBuild } from "./buildWeb.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../..");

async function prepareCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "e2e-graph-"));
  await cp(resolve(root, "graph-seed/articles"), join(dir, "articles"), { recursive: true });
  // Remove the temporary corpus however the server stops.
  const cleanup = () => void rm(dir, { recursive: true, force: true });
  process.once("exit", cleanup);
  return dir;
}

/** The accounts live in the temporary folder too: nothing outside the repository is read or written. */
async function createAccounts(usersFile: string): Promise<void> {
  const users = createUserStore(usersFile);
  for (const { name, role, password } of Object.values(E2E_ACCOUNTS)) await users.add(name, role, password);
}

async function start(): Promise<void> {
  const dir = await prepareCorpus();
  process.env.CORPUS_DIR = join(dir, "articles");
  process.env.EMBEDDED_SNAPSHOT = join(dir, "embedded-graph.json");
  process.env.USERS_FILE = join(dir, "users.json");
  delete process.env.SESSION_SECRET;
  delete process.env.TRUST_PROXY;
  await createAccounts(process.env.USERS_FILE);
  process.env.WEB_DIR = resolve(root, "dist/web");
  process.env.LOG_LEVEL ??= "warn";
  delete process.env.NEO4J_URI;
  await ensureWebBuild(root);
  process.chdir(root);
  // server/main.ts reads the environment and listens as soon as it is imported (tsx loads the .ts).
  await import(pathToFileURL(resolve(root, "server/main.ts")).href);
}

start().catch((error: unknown) => {
  process.stderr.write(
    `e2e server failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
