/** What a valid account looks like: the rules the command, the API and the users file share. */
import { z } from "zod";
import { ROLES } from "./guard.ts";

/** Letters (any script), digits, and . _ - inside: safe in a log line, a URL path and a shell. */
export const userNameSchema = z
  .string()
  .transform((name) => name.normalize("NFC"))
  .pipe(
    z
      .string()
      .min(2, "a user name needs at least 2 characters")
      .max(64, "a user name has at most 64 characters")
      .regex(
        /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u,
        "a user name is letters and digits, with . _ - allowed after the first character",
      ),
  );

export const roleSchema = z.enum(ROLES, { error: `a role is one of ${ROLES.join(", ")}` });

/** Long enough to resist guessing at 5 tries a minute; the cap keeps hashing cheap. */
export const passwordSchema = z
  .string()
  .min(10, "a password needs at least 10 characters")
  .max(1024, "a password has at most 1024 characters");

export const userRecordSchema = z.object({
  name: userNameSchema,
  role: roleSchema,
  passwordHash: z.string().startsWith("scrypt$"),
  created: z.string(),
});
export type UserRecord = z.infer<typeof userRecordSchema>;

export const usersFileSchema = z.object({
  version: z.literal(1),
  users: z.array(userRecordSchema),
});
export type UsersFile = z.infer<typeof usersFileSchema>;
