/** Which component each side-panel tab shows; h7's feature panels are mounted here as they are. */
import type { ComponentType } from "react";
import { AnalysisPanel } from "../features/Analysis/AnalysisPanel.tsx";
import { ArticlesPanel } from "../features/Articles/ArticlesPanel.tsx";
import { IngestPanel } from "../features/Ingest/IngestPanel.tsx";
import { NodePanel } from "../features/NodePanel/NodePanel.tsx";
import { PathFinderPanel } from "../features/PathFinder/PathFinderPanel.tsx";
import { QuestionsPanel } from "../features/Questions/QuestionsPanel.tsx";
import { ReviewPanel } from "../features/Review/ReviewPanel.tsx";
import { TableView } from "../features/Table/TableView.tsx";
import { TimelinePanel } from "../features/Timeline/TimelinePanel.tsx";
import type { PanelName } from "../state/viewState.ts";

/** Panels that change the graph: shown only to editors and admins (useCanEdit). */
export const EDIT_PANELS: ReadonlySet<PanelName> = new Set<PanelName>(["ingest"]);

export const PANEL_COMPONENTS: Record<PanelName, ComponentType> = {
  details: NodePanel,
  timeline: TimelinePanel,
  path: PathFinderPanel,
  analysis: AnalysisPanel,
  ingest: IngestPanel,
  table: TableView,
  articles: ArticlesPanel,
  review: ReviewPanel,
  questions: QuestionsPanel,
};
