/** `npm run user -- …`: the words of the command, checked with zod, as one request to carry out. */
import { parseArgs } from "node:util";
import { z } from "zod";
import { roleSchema, userNameSchema } from "../auth/userSchemas.ts";

export const USAGE = `usage: npm run user -- <command>
  add NAME --role viewer|editor|admin [--password-stdin]   make an account (asks for the password)
  list                                                     name, role and creation time of each account
  remove NAME                                              delete an account (its sessions end)
  set-role NAME viewer|editor|admin                        change what an account may do
  passwd NAME [--password-stdin]                           set a new password (its sessions end)
The password is asked for on a terminal, or read from standard input with --password-stdin,
or from the USER_PASSWORD environment variable. Accounts live in USERS_FILE (default data/users.json).`;

export type UserCommand =
  | { command: "add"; name: string; role: z.infer<typeof roleSchema>; passwordStdin: boolean }
  | { command: "list" }
  | { command: "remove"; name: string }
  | { command: "set-role"; name: string; role: z.infer<typeof roleSchema> }
  | { command: "passwd"; name: string; passwordStdin: boolean };

const commandSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("add"), name: userNameSchema, role: roleSchema, passwordStdin: z.boolean() }),
  z.object({ command: z.literal("list") }),
  z.object({ command: z.literal("remove"), name: userNameSchema }),
  z.object({ command: z.literal("set-role"), name: userNameSchema, role: roleSchema }),
  z.object({ command: z.literal("passwd"), name: userNameSchema, passwordStdin: z.boolean() }),
]);

const ARITY: Record<string, number> = { add: 1, list: 0, remove: 1, "set-role": 2, passwd: 1 };

export class UsageError extends Error {}

export function parseUserArgs(argv: string[]): UserCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  const [command = "", ...words] = positionals;
  if (!(command in ARITY))
    throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  if (words.length !== ARITY[command]) {
    throw new UsageError(`"${command}" takes ${ARITY[command]} argument(s), got ${words.length}`);
  }
  if (command === "add" && !values.role) throw new UsageError("add needs --role viewer|editor|admin");
  const result = commandSchema.safeParse({
    command,
    name: words[0],
    role: command === "set-role" ? words[1] : values.role,
    passwordStdin: values["password-stdin"] ?? false,
  });
  if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join("; "));
  return result.data;
}

const parse = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: "string" }, "password-stdin": { type: "boolean" } },
  });
