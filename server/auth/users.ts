/**
 * The accounts, kept in one JSON file (mode 0600). The server rereads the file when it changes, so an
 * account made or removed with `npm run user` counts at once, without a restart. Nothing here ever hands
 * a password hash to a caller that did not ask for one by name (`find`).
 */
import { readFile, stat } from "node:fs/promises";
import { HttpError, notFound } from "../errors.ts";
import { Mutex } from "../mutex.ts";
import { writePrivateFile } from "./atomicWrite.ts";
import type { Role } from "./guard.ts";
import { hashPassword } from "./passwords.ts";
import { type UserRecord, type UsersFile, usersFileSchema } from "./userSchemas.ts";

/** What may be shown of an account: never its hash. */
export interface PublicUser {
  name: string;
  role: Role;
  created: string;
}

export interface UserStore {
  readonly path: string;
  list(): Promise<PublicUser[]>;
  count(): Promise<number>;
  /** The full record, hash included, for checking a password. */
  find(name: string): Promise<UserRecord | null>;
  add(name: string, role: Role, password: string): Promise<PublicUser>;
  remove(name: string): Promise<void>;
  setRole(name: string, role: Role): Promise<PublicUser>;
  setPassword(name: string, password: string): Promise<void>;
}

const EMPTY: UsersFile = { version: 1, users: [] };

export const toPublic = ({ name, role, created }: UserRecord): PublicUser => ({ name, role, created });

const noSuchUser = (name: string) => notFound(`user "${name}"`);

export function createUserStore(path: string): UserStore {
  let cached: { stamp: string; file: UsersFile } | null = null;
  const writes = new Mutex();

  async function load(): Promise<UsersFile> {
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return null;
      throw err;
    });
    if (!info) return EMPTY;
    // A rename (how every write lands) changes the inode, so this notices the command's writes too.
    const stamp = `${info.ino}:${info.mtimeMs}:${info.size}`;
    if (cached?.stamp !== stamp) cached = { stamp, file: parseUsersFile(await readFile(path, "utf8"), path) };
    return cached.file;
  }

  const save = (file: UsersFile) => writePrivateFile(path, `${JSON.stringify(file, null, 2)}\n`);

  /** Read, change, write, one change at a time. */
  const update = <T>(change: (users: UserRecord[]) => Promise<{ users: UserRecord[]; result: T }>) =>
    writes.run(async () => {
      const { users, result } = await change((await load()).users);
      await save({ version: 1, users });
      return result;
    });

  const find = async (name: string) => (await load()).users.find((u) => u.name === name) ?? null;

  const replace = (name: string, edit: (user: UserRecord) => Promise<UserRecord>) =>
    update(async (users) => {
      const index = users.findIndex((u) => u.name === name);
      if (index < 0) throw noSuchUser(name);
      const changed = await edit(users[index]!);
      return { users: users.with(index, changed), result: toPublic(changed) };
    });

  return {
    path,
    list: async () => (await load()).users.map(toPublic),
    count: async () => (await load()).users.length,
    find,
    add: (name, role, password) =>
      update(async (users) => {
        if (users.some((u) => u.name === name)) {
          throw new HttpError(409, "Conflict", `user "${name}" already exists`);
        }
        const user = {
          name,
          role,
          passwordHash: await hashPassword(password),
          created: new Date().toISOString(),
        };
        return { users: [...users, user], result: toPublic(user) };
      }),
    remove: (name) =>
      update(async (users) => {
        if (!users.some((u) => u.name === name)) throw noSuchUser(name);
        return { users: users.filter((u) => u.name !== name), result: undefined };
      }),
    setRole: (name, role) => replace(name, async (user) => ({ ...user, role })),
    setPassword: async (name, password) => {
      await replace(name, async (user) => ({ ...user, passwordHash: await hashPassword(password) }));
    },
  };
}

function parseUsersFile(text: string, path: string): UsersFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not valid JSON; fix it or remove it and add the accounts again`);
  }
  const parsed = usersFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${path} is not a users file (${first?.path.join(".")}: ${first?.message})`);
  }
  return parsed.data;
}
