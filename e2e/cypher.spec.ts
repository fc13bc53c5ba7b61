/**
 * The Cypher console panel on the embedded store (the e2e server runs it): it says the console needs
 * Neo4j, in English and Arabic, and its link opens the Questions panel. The API refuses queries too.
 */
import { expect, test } from "@playwright/test";
import { openApp, openPanel, snap } from "./support/app.ts";

test.describe("Cypher console, embedded store", () => {
  test("says it needs Neo4j and leads to the Questions panel", async ({ page }, testInfo) => {
    await openApp(page);
    await openPanel(page, "cypher");
    const notice = page.getByTestId("cypher-needs-neo4j");
    await expect(notice).toContainText("needs the Neo4j store");
    await expect(page.getByTestId("cypher-query")).toHaveCount(0);
    await snap(page, testInfo, "cypher-embedded");
    await page.getByTestId("cypher-to-questions").click();
    await expect(page.getByTestId("panel-tab-questions")).toHaveAttribute("aria-selected", "true");
    await expect(page.getByTestId("question-id")).toBeVisible();
    expect(page.url()).toContain("panel=questions");
  });

  test("speaks Arabic when the view does, and opens from a link", async ({ page }) => {
    await openApp(page, "lang=ar&panel=cypher");
    await expect(page.getByTestId("cypher-needs-neo4j")).toContainText(
      "تحتاج وحدة استعلام Cypher إلى مخزن Neo4j",
    );
    await expect(page.getByTestId("cypher-to-questions")).toHaveText("اطرح الأسئلة الجاهزة بدلًا من ذلك");
  });

  test("the API answers a query with 409 and the same advice", async ({ request }) => {
    const res = await request.post("/api/cypher", { data: { query: "RETURN 1" } });
    expect(res.status()).toBe(409);
    expect((await res.json()).message).toMatch(/Questions panel/);
  });
});

/**
 * The Neo4j path with the API stubbed in the browser (no Neo4j here): a query runs with Ctrl+Enter,
 * the answer is a table and its node joins the canvas.
 */
test.describe("Cypher console, Neo4j answers stubbed", () => {
  test("runs a query, shows the table and adds the answer's node to the canvas", async ({
    page,
  }, testInfo) => {
    const node = {
      id: "person:console-probe",
      kind: "Person",
      name: { ar: "شخص تجريبي", en: "Console Probe" },
    };
    await page.route("**/api/health", (route) => route.fulfill({ json: { ok: true, store: "neo4j" } }));
    let sent: unknown = null;
    await page.route("**/api/cypher", (route) => {
      sent = route.request().postDataJSON();
      return route.fulfill({
        json: {
          columns: ["p", "meetings"],
          rows: [
            [
              {
                "@type": "node",
                elementId: "4:x:1",
                labels: ["Node", "Person"],
                properties: {},
                graph: node,
              },
              4,
            ],
          ],
          truncated: false,
          limits: { timeoutMs: 5000, rowLimit: 1000 },
          graph: { nodes: [node], edges: [] },
        },
      });
    });
    await openApp(page, "panel=cypher");
    const status = page.getByTestId("status-bar");
    const before = Number((await status.textContent())?.match(/(\d+) nodes/)?.[1]);
    const query = page.getByTestId("cypher-query");
    await query.fill("MATCH (p:Person) RETURN p, 4 AS meetings");
    await page.getByTestId("cypher-params").fill('{"n": 1}');
    await query.press("Control+Enter");
    await expect(page.getByTestId("cypher-answer")).toContainText("Console Probe (Person)");
    expect(sent).toEqual({ query: "MATCH (p:Person) RETURN p, 4 AS meetings", params: { n: 1 } });
    await page.getByTestId("cypher-add").click();
    await expect(status).toContainText(`${before + 1} nodes`);
    await expect(page.getByTestId("cypher-history")).toContainText("MATCH (p:Person)");
    await snap(page, testInfo, "cypher-answer");
  });
});
