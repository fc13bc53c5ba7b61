/**
 * The benchmark page: ?size=N generates a graph of N elements, measures opening it (?mode=overview, the
 * default, as the app opens a large graph) or drawing it whole (?mode=full), and leaves the result on window.
 */
import "@fontsource/noto-naskh-arabic/400.css";
import { benchPayload } from "./generateGraph.ts";
import { type BenchMode, type BenchResult, measure } from "./measure.ts";

declare global {
  interface Window {
    __benchResult?: BenchResult | { error: string };
  }
}

const params = new URLSearchParams(location.search);
const size = params.get("size") ?? "1000";
const mode: BenchMode = params.get("mode") === "full" ? "full" : "overview";
const container = document.getElementById("cy")!;
const run = () =>
  measure(benchPayload(size), container, mode)
    .then((result) => {
      window.__benchResult = result;
    })
    .catch((error: unknown) => {
      window.__benchResult = { error: error instanceof Error ? error.message : String(error) };
    });

// Start after load so page navigation is not held up by the (synchronous) metrics and layout work.
window.addEventListener("load", () => {
  void run();
});
