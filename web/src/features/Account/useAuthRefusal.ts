/**
 * For any edit control: tells whether its error is the server refusing who we are (401 not signed in,
 * 403 role too low), and then asks the server again who is signed in, since the session may have ended
 * or changed elsewhere. Show <SignInInvite /> when it returns true.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { ApiError } from "../../api/client.ts";
import { sessionQuery } from "../../api/session.ts";

export const isAuthRefusal = (error: unknown) =>
  error instanceof ApiError && (error.status === 401 || error.status === 403);

export function useAuthRefusal(error: unknown): boolean {
  const client = useQueryClient();
  const refused = isAuthRefusal(error);
  useEffect(() => {
    if (refused) void client.invalidateQueries({ queryKey: sessionQuery().queryKey });
  }, [refused, client]);
  return refused;
}
