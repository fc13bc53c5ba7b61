/** Unit, contract and API tests (Node by default; web component tests opt into jsdom per file). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{model,graph-seed,server,web}/**/*.test.{ts,tsx}"],
    environment: "node",
    // Loads the curation strings the app fetches with its lazy panels (web/src/i18n/useT.ts).
    setupFiles: ["web/src/test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
