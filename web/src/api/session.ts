/** Who is signed in: the one place the web app asks, and the CSRF token every write carries. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { SessionInfo } from "../../../model/api.ts";
import { apiUrl, fetchJson, setCsrfToken } from "./client.ts";

export const sessionQuery = () =>
  queryOptions({
    queryKey: ["session"] as const,
    queryFn: async ({ signal }) => {
      const info = await fetchJson<SessionInfo>(apiUrl("session"), { signal });
      setCsrfToken(info.csrfToken);
      return info;
    },
    staleTime: 60_000,
  });

export const useSession = () => useQuery(sessionQuery());

/** Edit controls show only to editors and admins; readers see the same views without them. */
export function useCanEdit(): boolean {
  const role = useSession().data?.user?.role;
  return role === "editor" || role === "admin";
}
