/**
 * The reference drawing: the same generated graph drawn by sigma.js 3.0.3 with graphology (Gephi Lite's
 * stack), ForceAtlas2 in its worker. Bench-only code; the app never imports sigma.
 */
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { seededPositions } from "../src/layout/seededPositions.ts";
import { motionAt, scriptedMotion, watchLongTasks } from "./frameStats.ts";
import { benchPayload } from "./generateGraph.ts";

export interface SigmaResult {
  firstFrameMs: number;
  layoutMs: number;
  longestTaskMs: number;
  fps: number;
}

declare global {
  interface Window {
    __sigmaResult?: SigmaResult | { error: string };
  }
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));

async function measureSigma(): Promise<SigmaResult> {
  const payload = benchPayload(new URLSearchParams(location.search).get("size") ?? "1000");
  const start = performance.now();
  const graph = new Graph({ type: "undirected", multi: false });
  const ids = payload.nodes.map((n) => n.id as string);
  const at = seededPositions(ids);
  ids.forEach((id, i) => {
    const n = payload.nodes[i]!;
    graph.addNode(id, {
      x: at[2 * i],
      y: at[2 * i + 1],
      size: 4,
      label: n.name.en ?? n.name.ar,
      color: "#4a6fa5",
    });
  });
  for (const e of payload.edges) if (e.source !== e.target) graph.mergeEdge(e.source, e.target);
  graph.forEachNode((id) => graph.setNodeAttribute(id, "size", 3 + Math.sqrt(graph.degree(id))));
  const renderer = new Sigma(graph, document.getElementById("cy")!);
  const firstFrame = (await nextFrame()) - start;
  const tasks = watchLongTasks();
  // As many ForceAtlas2 iterations as the app runs, in sigma's worker, timed to the layout's stop.
  const layoutStart = performance.now();
  const layout = new FA2Layout(graph, {
    settings: { barnesHutOptimize: graph.order > 400, scalingRatio: 40 },
  });
  layout.start();
  await new Promise((r) =>
    setTimeout(r, Number(new URLSearchParams(location.search).get("layoutMs") ?? "3000")),
  );
  layout.kill();
  const layoutMs = performance.now() - layoutStart;
  const camera = renderer.getCamera();
  const fps = await scriptedMotion((t) => {
    const m = motionAt(t);
    camera.setState({ x: 0.5 + m.dx / 100, y: 0.5 + m.dy / 100, ratio: 1 / m.zoom });
  });
  const longestTaskMs = tasks.longest();
  tasks.stop();
  return { firstFrameMs: firstFrame, layoutMs, longestTaskMs, fps };
}

window.addEventListener("load", () => {
  measureSigma()
    .then((r) => {
      window.__sigmaResult = r;
    })
    .catch((error: unknown) => {
      window.__sigmaResult = { error: error instanceof Error ? error.message : String(error) };
    });
});
