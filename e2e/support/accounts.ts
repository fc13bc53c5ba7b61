/**
 * The accounts the e2e server makes in its temporary folder (startServer.ts), one per role. Test-only
 * passwords: they guard nothing but a throwaway server on a private port.
 */
export const E2E_ACCOUNTS = {
  viewer: { name: "e2e-viewer", password: "e2e-viewer-password", role: "viewer" },
  editor: { name: "e2e-editor", password: "e2e-editor-password", role: "editor" },
  admin: { name: "e2e-admin", password: "e2e-admin-password", role: "admin" },
} as const;

export type E2eAccount = keyof typeof E2E_ACCOUNTS;
