/** Builds the web app (web/ → dist/web) and, in development, proxies the API to the server. */
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./web/build/precompress.ts";
import { vendorChunk } from "./web/build/vendorChunk.ts";

const apiPort = process.env.PORT ?? "8080";

export default defineConfig({
  root: "web",
  plugins: [react(), precompress()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: what index.html loads first, read by web/build/checkBundle.ts.
    manifest: true,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
  server: { proxy: { "/api": `http://localhost:${apiPort}` } },
});
