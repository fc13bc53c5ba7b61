/**
 * Builds the offline player (web/src/offline/main.tsx) after the app: one classic script and one
 * stylesheet in dist/web/offline/, every asset inlined, so a downloaded story can carry them inside a
 * single HTML file (features/Story/offlineHtml.ts). A nested build with no config file of its own, so
 * this plugin does not run again inside it.
 */
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build, type Plugin } from "vite";

export function offlinePlayer(): Plugin {
  let outDir = "";
  let root = "";
  return {
    name: "offline-player",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        logLevel: "warn",
        plugins: [react()],
        define: { "process.env.NODE_ENV": JSON.stringify("production") },
        build: {
          outDir: resolve(root, outDir, "offline"),
          emptyOutDir: true,
          copyPublicDir: false,
          cssCodeSplit: false,
          assetsInlineLimit: Number.MAX_SAFE_INTEGER,
          lib: {
            entry: resolve(root, "src/offline/main.tsx"),
            formats: ["iife"],
            name: "StoryOffline",
            fileName: () => "player.js",
            cssFileName: "player",
          },
        },
      });
    },
  };
}
