/**
 * Which component each side-panel tab shows. Each panel's code loads when its tab is first opened
 * (React.lazy), so the first network does not wait for analysis, ingest, review or the table.
 */
import type { ComponentType } from "react";
import type { PanelName } from "../state/viewState.ts";
import { lazyPart } from "../ui/lazyPart.ts";

/** Panels that change the graph: shown only to editors and admins (useCanEdit). */
export const EDIT_PANELS: ReadonlySet<PanelName> = new Set<PanelName>(["ingest"]);

export const PANEL_COMPONENTS: Record<PanelName, ComponentType> = {
  details: lazyPart(() => import("../features/NodePanel/NodePanel.tsx"), "NodePanel"),
  timeline: lazyPart(() => import("../features/Timeline/TimelinePanel.tsx"), "TimelinePanel"),
  path: lazyPart(() => import("../features/PathFinder/PathFinderPanel.tsx"), "PathFinderPanel"),
  analysis: lazyPart(() => import("../features/Analysis/AnalysisPanel.tsx"), "AnalysisPanel"),
  ingest: lazyPart(() => import("../features/Ingest/IngestPanel.tsx"), "IngestPanel"),
  table: lazyPart(() => import("../features/Table/TableView.tsx"), "TableView"),
  articles: lazyPart(() => import("../features/Articles/ArticlesPanel.tsx"), "ArticlesPanel"),
  review: lazyPart(() => import("../features/Review/ReviewPanel.tsx"), "ReviewPanel"),
  questions: lazyPart(() => import("../features/Questions/QuestionsPanel.tsx"), "QuestionsPanel"),
  cypher: lazyPart(() => import("../features/Cypher/CypherPanel.tsx"), "CypherPanel"),
};
