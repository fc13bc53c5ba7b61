/** The explorer's layout: header, canvas with legend and time range, side panel, status bar, reader. */

import { Header } from "./app/Header.tsx";
import { ArticleReader, SignIn, Stories } from "./app/OnDemand.tsx";
import { SidePanel } from "./app/SidePanel.tsx";
import { StatusBar } from "./app/StatusBar.tsx";
import { useDocumentLang } from "./app/useDocumentLang.ts";
import { useUndoShortcut } from "./app/useUndoShortcut.ts";
import { useUrlSync } from "./app/useUrlSync.ts";
import { GraphCanvas } from "./canvas/GraphCanvas.tsx";
import { Legend } from "./features/Legend/Legend.tsx";
import { TimeRangeSlider } from "./features/TimeRange/TimeRangeSlider.tsx";
import { ErrorBoundary } from "./ui/ErrorBoundary.tsx";

export function App() {
  useUrlSync();
  useDocumentLang();
  useUndoShortcut();
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <section className="stage">
          <ErrorBoundary>
            <GraphCanvas />
          </ErrorBoundary>
          <div className="time-strip">
            <Legend />
            <TimeRangeSlider />
          </div>
        </section>
        <SidePanel />
      </main>
      <StatusBar />
      <ArticleReader />
      <SignIn />
      <Stories />
    </div>
  );
}
