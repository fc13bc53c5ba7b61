/** `npm run user -- add|list|remove|set-role|passwd …`: manage the accounts (see USAGE in userArgs.ts). */
import { runUserCommand } from "./runUserCommand.ts";

const { stdin, stdout, stderr, env } = process;
runUserCommand(process.argv.slice(2), { stdin, stdout, stderr, env }).then((code) => {
  process.exitCode = code;
});
