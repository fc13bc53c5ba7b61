/**
 * Adding an article: paste invented Arabic news about a leader the graph does not know, preview the
 * extraction with its spans marked, add it, and see the new leader on the canvas. Adding is for editors,
 * so each journey signs in first.
 */
import { expect, test } from "@playwright/test";
import { expectNodeDrawn, openApp, openPanel, snap } from "./support/app.ts";
import { signIn } from "./support/signIn.ts";

/** Invented for this test: "Marcos Vieira" is no real president, so the graph cannot know him. */
const ARTICLE = {
  title: "الأسد يبحث مع الرئيس البرازيلي العلاقات الثنائية",
  published: "2022-03-14",
  text:
    "دمشق - وكالات: بحث الرئيس السوري بشار الأسد مع الرئيس البرازيلي ماركوس فييرا في دمشق اليوم الاثنين " +
    "العلاقات الثنائية والتعاون الاقتصادي. وقال فييرا إن البرازيل تدعم الحل السياسي في سوريا.",
};
const NEW_LEADER = /فييرا/;

test.describe("adding an article", () => {
  test("preview marks the spans, confirming adds the new leader to the network", async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await signIn(page);
    await openPanel(page, "ingest");
    const form = page.getByTestId("ingest-form");
    await form.getByTestId("ingest-text").fill(ARTICLE.text);
    await form.getByTestId("ingest-title").fill(ARTICLE.title);
    await form.getByTestId("ingest-published").fill(ARTICLE.published);
    await expect(form.getByTestId("ingest-text")).toHaveAttribute("dir", "rtl");

    await page.getByTestId("ingest-preview").click();
    const marked = page.getByTestId("ingest-marked");
    await expect(marked.locator("mark").filter({ hasText: "بشار الأسد" })).toHaveCount(1);
    await expect(page.getByTestId("ingest-entity").filter({ hasText: NEW_LEADER })).toHaveCount(1);
    await snap(page, testInfo, "09-ingest-preview");

    await page.getByTestId("ingest-confirm").click();
    const result = page.getByTestId("ingest-result");
    const added = result
      .getByTestId("ingest-added")
      .locator(`li[data-node-id^="person:"]`)
      .filter({ hasText: NEW_LEADER });
    await expect(added).toHaveCount(1);
    await expect(result.getByTestId("ingest-merged")).toContainText("Bashar al-Assad");
    const newId = await added.getAttribute("data-node-id");
    expect(newId).toMatch(/^person:/);
    await expectNodeDrawn(page, newId!, true);
    await snap(page, testInfo, "10-ingest-added");
  });

  test("an empty article cannot be sent; one the server refuses shows why", async ({ page }) => {
    await openApp(page);
    await signIn(page);
    await openPanel(page, "ingest");
    await expect(page.getByTestId("ingest-preview")).toBeDisabled();
    // Past the API's 200,000-character limit: the server answers 400 and the panel says so.
    await page.getByTestId("ingest-text").fill("ب".repeat(200_001));
    await page.getByTestId("ingest-preview").click();
    const alert = page.getByTestId("ingest-form").locator("..").getByRole("alert");
    await expect(alert).toContainText("Could not add the article");
    await expect(page.getByTestId("ingest-preview-result")).toHaveCount(0);
  });
});
