/** Builds the web app (web/ → dist/web) and, in development, proxies the API to the server. */
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./web/build/precompress.ts";

const apiPort = process.env.PORT ?? "8080";

export default defineConfig({
  root: "web",
  plugins: [react(), precompress()],
  build: { outDir: "../dist/web", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/api": `http://localhost:${apiPort}` } },
});
