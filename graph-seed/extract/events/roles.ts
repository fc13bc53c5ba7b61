/**
 * Roles the text gives participants: who received whom (`استقبل X … Y`: host, guest), who called whom
 * (`أجرى X اتصالاً بـ Y`: caller, callee; `تلقى X اتصالاً من Y`: the reverse), who joined.
 * Participants arrive in the order the clause names them, the subject first.
 */
import type { EventType } from "../../../model/kinds.ts";
import { PARTICIPANTS } from "../lexicon/index.ts";
import type { Token } from "../text/tokens.ts";
import { cliticForms } from "../text/tokens.ts";
import { idRecord } from "./idRecord.ts";

const RECEIVE = PARTICIPANTS.receiveVerbs;
const GOT = PARTICIPANTS.receivedCallVerbs;

export function rolesOf(
  type: EventType,
  group: string[],
  tokens: Token[],
  from: number,
  at: number,
): Record<string, string> | undefined {
  if (group.length < 2 || group.some((id) => !id.startsWith("person:"))) return undefined;
  const word = (k: number) => cliticForms(tokens[k]?.norm ?? "").map((f) => f.form);
  const [subject, ...others] = group;
  const assign = (first: string, rest: string) => {
    const roles = idRecord<string>();
    roles[subject!] = first;
    for (const o of others) roles[o] = rest;
    return roles;
  };
  if (type === "Meeting" && word(at).some((w) => RECEIVE.has(w))) return assign("host", "guest");
  if (type !== "PhoneCall") return undefined;
  for (let k = from; k < at; k++) if (word(k).some((w) => GOT.has(w))) return assign("callee", "caller");
  return assign("caller", "callee");
}
