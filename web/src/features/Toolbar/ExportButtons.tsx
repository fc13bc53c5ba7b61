/** Exports: the picture as PNG or SVG (what the canvas shows), the visible graph as JSON or CSV. */
import { useCyStore } from "../../canvas/cyStore.ts";
import { edgesCsv, nodesCsv, toJson } from "../../graph/exportData.ts";
import { useVisibleGraph } from "../../graph/useVisibleGraph.ts";
import { useT } from "../../i18n/useT.ts";
import { download, stamp } from "./download.ts";

export function ExportButtons() {
  const { t } = useT();
  const cy = useCyStore((s) => s.cy);
  const { data } = useVisibleGraph();
  const name = `diplomatic-graph-${stamp()}`;
  return (
    <fieldset className="button-group">
      <legend className="group-label">{t("export")}</legend>
      <button
        type="button"
        data-testid="export-png"
        title={t("exportPng")}
        disabled={!cy}
        onClick={() =>
          cy && download(`${name}.png`, cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }))
        }
      >
        PNG
      </button>
      <button
        type="button"
        data-testid="export-svg"
        title={t("exportSvg")}
        disabled={!cy}
        onClick={() => cy && download(`${name}.svg`, cy.svg({ full: true, bg: "#ffffff" }), "image/svg+xml")}
      >
        SVG
      </button>
      <button
        type="button"
        data-testid="export-json"
        title={t("exportJson")}
        disabled={!data}
        onClick={() => data && download(`${name}.json`, toJson(data), "application/json")}
      >
        JSON
      </button>
      <button
        type="button"
        data-testid="export-csv"
        title={t("exportCsv")}
        disabled={!data}
        onClick={() => {
          if (!data) return;
          download(`${name}-nodes.csv`, nodesCsv(data), "text/csv");
          download(`${name}-edges.csv`, edgesCsv(data), "text/csv");
        }}
      >
        CSV
      </button>
    </fieldset>
  );
}
