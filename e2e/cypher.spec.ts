/**
 * The Cypher console panel on the embedded store (the e2e server runs it): it says the console needs
 * Neo4j, in English and Arabic, and its link opens the Questions panel. The API refuses queries too.
 */
import { expect, test } from "@playwright/test";
import { openApp, openPanel } from "./support/app.ts";

test.describe("Cypher console, embedded store", () => {
  test("says it needs Neo4j and leads to the Questions panel", async ({ page }) => {
    await openApp(page);
    await openPanel(page, "cypher");
    const notice = page.getByTestId("cypher-needs-neo4j");
    await expect(notice).toContainText("needs the Neo4j store");
    await expect(page.getByTestId("cypher-query")).toHaveCount(0);
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
