/**
 * Exports: the picture as PNG or SVG (what the canvas shows), the visible graph as JSON or CSV, and the
 * graph for the current filters as GraphML or GEXF (written by the API). The SVG writer and the data
 * writers load on the first click, so they cost nothing until someone exports.
 */
import { exportUrl } from "../../api/queries.ts";
import { useCyStore } from "../../canvas/cyStore.ts";
import { useVisibleGraph } from "../../graph/useVisibleGraph.ts";
import { useT } from "../../i18n/useT.ts";
import { useGraphFilters } from "../../state/useGraphFilters.ts";
import { download, stamp } from "./download.ts";

const writers = () => import("../../graph/exportData.ts");

async function saveSvg(name: string) {
  const { svgOf } = await import("../../canvas/svgExport.ts");
  const cy = useCyStore.getState().cy;
  if (cy) download(`${name}.svg`, svgOf(cy), "image/svg+xml");
}

export function ExportButtons() {
  const { t } = useT();
  const cy = useCyStore((s) => s.cy);
  const { data } = useVisibleGraph();
  const filters = useGraphFilters();
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
        onClick={() => void saveSvg(name)}
      >
        SVG
      </button>
      <button
        type="button"
        data-testid="export-json"
        title={t("exportJson")}
        disabled={!data}
        onClick={async () => {
          if (data) download(`${name}.json`, (await writers()).toJson(data), "application/json");
        }}
      >
        JSON
      </button>
      <button
        type="button"
        data-testid="export-csv"
        title={t("exportCsv")}
        disabled={!data}
        onClick={async () => {
          if (!data) return;
          const { edgesCsv, nodesCsv } = await writers();
          download(`${name}-nodes.csv`, nodesCsv(data), "text/csv;charset=utf-8");
          download(`${name}-edges.csv`, edgesCsv(data), "text/csv;charset=utf-8");
        }}
      >
        CSV
      </button>
      <a
        className="button-link"
        data-testid="export-graphml"
        title={t("exportGraphml")}
        href={exportUrl(filters, "graphml")}
        download
      >
        GraphML
      </a>
      <a
        className="button-link"
        data-testid="export-gexf"
        title={t("exportGexf")}
        href={exportUrl(filters, "gexf")}
        download
      >
        GEXF
      </a>
    </fieldset>
  );
}
