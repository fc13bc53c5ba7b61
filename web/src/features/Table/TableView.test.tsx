// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useViewStore } from "../../state/viewState.ts";
import { NODES, smallGraph } from "../../test/fixtures.ts";
import { mockFetch, renderWithQuery } from "../../test/renderWithQuery.tsx";
import { TableView } from "./TableView.tsx";

const firstColumn = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.querySelector("td")?.textContent);

describe("table view", () => {
  beforeEach(() => {
    useViewStore.getState().reset();
    mockFetch({ "/api/graph": smallGraph });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("lists the visible nodes (most connected first) and edges with names", async () => {
    renderWithQuery(<TableView />);
    await screen.findByTestId("table-view");
    const [nodes, edges] = screen.getAllByRole("table") as [HTMLElement, HTMLElement];
    expect(within(nodes).getByText("Nodes (4)")).toBeTruthy();
    expect(firstColumn(nodes)[0]).toBe("Meeting: Putin – Sisi");
    expect(within(edges).getAllByRole("row")).toHaveLength(4);
    expect(edges.textContent).toContain("Vladimir Putin");
    expect(edges.textContent).not.toContain("person:vladimir-putin");
  });

  it("sorts by a column when its header is pressed, and reverses on a second press", async () => {
    renderWithQuery(<TableView />);
    const nodes = (await screen.findAllByRole("table"))[0]!;
    const nameHeader = within(nodes).getByRole("button", { name: "Sort by Name" });
    fireEvent.click(nameHeader);
    expect(firstColumn(nodes)).toEqual([
      "Abdel Fattah el-Sisi",
      "Cairo",
      "Meeting: Putin – Sisi",
      "Vladimir Putin",
    ]);
    expect(nameHeader.closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(nameHeader);
    expect(firstColumn(nodes)[0]).toBe("Vladimir Putin");
    expect(nameHeader.closest("th")?.getAttribute("aria-sort")).toBe("descending");
  });

  it("selects a node from its row", async () => {
    renderWithQuery(<TableView />);
    fireEvent.click(await screen.findByRole("button", { name: "Cairo" }));
    expect(useViewStore.getState().selected).toBe(NODES.cairo.id);
  });

  it("leaves hidden nodes out", async () => {
    useViewStore.getState().hide(NODES.cairo.id);
    renderWithQuery(<TableView />);
    const nodes = (await screen.findAllByRole("table"))[0]!;
    expect(firstColumn(nodes)).not.toContain("Cairo");
  });
});

describe("a long table", () => {
  it("renders only the rows in view, not all of them", async () => {
    const { SortableTable, VIRTUAL_FROM } = await import("./SortableTable.tsx");
    const { render: draw, screen: view } = await import("@testing-library/react");
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `r${i}`, n: i }));
    draw(
      <SortableTable
        caption="many"
        columns={[{ key: "n", label: "n" }]}
        rows={rows}
        rowKey={(r) => r.id}
        initial={{ key: "n", dir: "asc" }}
      />,
    );
    const drawn = view.getAllByRole("row").length;
    expect(rows.length).toBeGreaterThan(VIRTUAL_FROM);
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(200);
    expect(view.getByRole("table").getAttribute("aria-rowcount")).toBe("5001");
  });
});
