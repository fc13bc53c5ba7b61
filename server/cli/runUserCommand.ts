/** Carries out one `npm run user` command against the users file; returns the exit code. */
import type { Readable, Writable } from "node:stream";
import { createUserStore, type PublicUser, type UserStore } from "../auth/users.ts";
import { accountSettings } from "../config.ts";
import { HttpError } from "../errors.ts";
import { readPassword } from "./readPassword.ts";
import { parseUserArgs, USAGE, UsageError, type UserCommand } from "./userArgs.ts";

export interface CommandIo {
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

export async function runUserCommand(argv: string[], io: CommandIo): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    (argv.length === 0 ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const command = parseUserArgs(argv);
    const users = createUserStore(accountSettings(io.env).usersFile);
    io.stdout.write(`${await carryOut(command, users, io)}\n`);
    return 0;
  } catch (err) {
    // Bad words and refused changes (a name taken, no such user) are the user's to fix; say only what.
    if (err instanceof UsageError || err instanceof HttpError) {
      io.stderr.write(`user: ${err.message}\n`);
      return err instanceof UsageError ? 2 : 1;
    }
    io.stderr.write(`user: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

async function carryOut(command: UserCommand, users: UserStore, io: CommandIo): Promise<string> {
  const password = (fromStdin: boolean) =>
    readPassword({ stdin: io.stdin, stderr: io.stderr, env: io.env, fromStdin });
  switch (command.command) {
    case "add": {
      // Refuse a taken name before asking for a password, not after.
      if (await users.find(command.name)) throw new UsageError(`user "${command.name}" already exists`);
      const user = await users.add(command.name, command.role, await password(command.passwordStdin));
      return `added ${user.name} (${user.role}) to ${users.path}`;
    }
    case "list":
      return formatUsers(await users.list(), users.path);
    case "remove":
      await users.remove(command.name);
      return `removed ${command.name}`;
    case "set-role": {
      const user = await users.setRole(command.name, command.role);
      return `${user.name} is now ${user.role}`;
    }
    case "passwd":
      if (!(await users.find(command.name))) throw new UsageError(`no user "${command.name}"`);
      await users.setPassword(command.name, await password(command.passwordStdin));
      return `password changed for ${command.name}; their sessions have ended`;
  }
}

function formatUsers(users: PublicUser[], path: string): string {
  if (users.length === 0) return `no accounts in ${path}: the server is read-only`;
  const width = Math.max(4, ...users.map((u) => u.name.length));
  const rows = users.map((u) => `${u.name.padEnd(width)}  ${u.role.padEnd(6)}  ${u.created}`);
  return [`${"name".padEnd(width)}  role    created`, ...rows].join("\n");
}
