/**
 * The server as it runs in production (`node --import tsx server/main.ts`) in a process of its own, so
 * its memory is measured alone: not the benchmark's generated graph, not the load generator.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";

export interface ServerProcess {
  url: string;
  /** Resident and peak resident memory of the server process, in MB (Linux /proc). */
  memory(): Promise<{ rssMb: number; peakMb: number }>;
  stop(): Promise<void>;
}

const kbLine = (status: string, key: string) =>
  Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);

export async function startServer(env: NodeJS.ProcessEnv, timeoutMs = 600_000): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const scan = (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/\S+)/.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!.replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout!.on("data", scan);
    child.stderr!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    memory: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, "utf8");
      return {
        rssMb: Math.round(kbLine(status, "VmRSS") / 1024),
        peakMb: Math.round(kbLine(status, "VmHWM") / 1024),
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
