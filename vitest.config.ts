/** Unit, contract and API tests (Node by default; web component tests opt into jsdom per file). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{model,graph-seed,server,web}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
