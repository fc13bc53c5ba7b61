/** Where the command gets a password: standard input, USER_PASSWORD, or a hidden prompt on a terminal. */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { passwordSchema } from "../auth/userSchemas.ts";
import { UsageError } from "./userArgs.ts";

export interface PasswordSource {
  stdin: Readable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  fromStdin: boolean;
}

export async function readPassword(source: PasswordSource): Promise<string> {
  const password = await rawPassword(source);
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new UsageError(checked.error.issues[0]!.message);
  return checked.data;
}

async function rawPassword({ stdin, stderr, env, fromStdin }: PasswordSource): Promise<string> {
  // Only the one line ending that `echo` or a here-string adds is dropped: other spaces are the password's.
  if (fromStdin) return (await readAll(stdin)).replace(/\r?\n$/, "");
  if (env.USER_PASSWORD) return env.USER_PASSWORD;
  if (!stdin.isTTY) {
    throw new UsageError("no password: give it with --password-stdin or USER_PASSWORD, or run on a terminal");
  }
  const first = await promptHidden(stdin, stderr, "Password: ");
  const again = await promptHidden(stdin, stderr, "Password again: ");
  if (first !== again) throw new UsageError("the two passwords differ");
  return first;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** A readline prompt whose echo is swallowed, so the password never shows on screen or in scrollback. */
function promptHidden(input: Readable, output: Writable, question: string): Promise<string> {
  const rl = createInterface({ input, output, terminal: true });
  const quiet = rl as unknown as { _writeToOutput: (text: string) => void };
  let asked = false;
  quiet._writeToOutput = (text: string) => {
    if (!asked) {
      output.write(text);
      asked = true;
    }
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      output.write("\n");
      resolve(answer);
    });
  });
}
