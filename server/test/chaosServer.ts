/** The real server as a child process that the chaos test can kill -9 and start again on the same folders. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}

export function startServer(root: string): Promise<Running> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      PORT: "0",
      CORPUS_DIR: join(root, "articles"),
      EMBEDDED_SNAPSHOT: join(root, "graph.json"),
      USERS_FILE: join(root, "users.json"),
      WEB_DIR: join(root, "no-web-build"),
      LOG_LEVEL: "silent",
      NEO4J_URI: "",
      EXTRACT_THREADS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/at (http:\/\/\S+)/);
      if (match) resolve({ child, url: match[1]!, exited });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

export async function killHard(server: Running): Promise<void> {
  server.child.kill("SIGKILL");
  await server.exited;
}

/** Signs in; returns the headers a write needs (session cookie and CSRF token). */
export async function signIn(url: string, name: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const session = (await (await fetch(`${url}/api/session`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  return { cookie, "x-csrf-token": session.csrfToken, "content-type": "application/json" };
}
