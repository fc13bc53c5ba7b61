/**
 * Signing in and out. Both answer the new session, which replaces the cached one at once (so the header
 * and the edit controls change without waiting), and everything is refetched after: what a reader may
 * see could depend on who they are.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SessionInfo, SignInBody } from "../../../../model/api.ts";
import { apiUrl, fetchJson, setCsrfToken } from "../../api/client.ts";
import { sessionQuery } from "../../api/session.ts";

const sessionRequest = (method: "POST" | "DELETE", body?: SignInBody) =>
  fetchJson<SessionInfo>(apiUrl("session"), {
    method,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

function useSessionChange(send: (body?: SignInBody) => Promise<SessionInfo>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (info) => {
      setCsrfToken(info.csrfToken);
      client.setQueryData(sessionQuery().queryKey, info);
      void client.invalidateQueries();
    },
  });
}

export const useSignIn = () => useSessionChange((body) => sessionRequest("POST", body));
export const useSignOut = () => useSessionChange(() => sessionRequest("DELETE"));
