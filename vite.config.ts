/** Builds the web app (web/ → dist/web) and, in development, proxies the API to the server. */
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { offlinePlayer } from "./web/build/offlinePlayer.ts";
import { precompress } from "./web/build/precompress.ts";
import { vendorChunk } from "./web/build/vendorChunk.ts";

const apiPort = process.env.PORT ?? "8080";

export default defineConfig({
  root: "web",
  plugins: [react(), precompress(), offlinePlayer()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: what index.html loads first, read by web/build/checkBundle.ts.
    manifest: true,
    // The explorer, and the embed page (stories and views in an iframe: the player only).
    rollupOptions: {
      input: { main: resolve("web/index.html"), embed: resolve("web/embed.html") },
      output: { manualChunks: vendorChunk },
    },
  },
  server: { proxy: { "/api": `http://localhost:${apiPort}` } },
});
