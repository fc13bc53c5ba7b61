/**
 * Accounts: an editor signs in, sees their name in the header and adds an article; a visitor who is not
 * signed in reads everything but meets no edit control, and the API refuses their write.
 */
import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./support/accounts.ts";
import { openApp, openPanel, PUTIN, snap, visibleNodeIds } from "./support/app.ts";
import { signIn } from "./support/signIn.ts";

/** Invented for this test: no real minister is named. */
const ARTICLE_TEXT =
  "القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي اليوم الأحد وزير الخارجية الأوروغوياني فرناندو لوسادا " +
  "وبحث معه التعاون الزراعي.";

test.describe("accounts", () => {
  test("an editor signs in, sees their name, adds an article, and signs out", async ({ page }, testInfo) => {
    await openApp(page);
    await expect(page.getByTestId("panel-tab-ingest")).toHaveCount(0);
    await signIn(page);
    await expect(page.getByTestId("account-user")).toHaveText("Signed in as e2e-editor (editor)");
    await snap(page, testInfo, "11-signed-in");

    await openPanel(page, "ingest");
    await page.getByTestId("ingest-text").fill(ARTICLE_TEXT);
    await page.getByTestId("ingest-published").fill("2022-05-08");
    await page.getByTestId("ingest-confirm").click();
    await expect(page.getByTestId("ingest-result")).toBeVisible();
    await expect(page.getByTestId("ingest-merged")).toContainText(/Sisi|السيسي/);

    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("sign-in")).toBeVisible();
    await expect(page.getByTestId("panel-tab-ingest")).toHaveCount(0);
    await expect(page.getByTestId("ingest-form")).toHaveCount(0);
  });

  test("a wrong password is refused in words and signs no one in", async ({ page }) => {
    await openApp(page);
    await page.getByTestId("sign-in").click();
    await page.getByTestId("sign-in-name").fill(E2E_ACCOUNTS.editor.name);
    await page.getByTestId("sign-in-password").fill("not-the-password");
    await page.getByTestId("sign-in-submit").click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong name or password.");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("sign-in-dialog")).toHaveCount(0);
    await expect(page.getByTestId("account-user")).toHaveCount(0);
  });

  test("a viewer is signed in but sees no edit control", async ({ page }) => {
    await openApp(page);
    await signIn(page, "viewer");
    await expect(page.getByTestId("account-user")).toContainText("(viewer)");
    await expect(page.getByTestId("panel-tab-ingest")).toHaveCount(0);
  });

  test("a visitor reads the network and a leader's details, sees no edit control, and cannot write", async ({
    page,
  }) => {
    await openApp(page);
    expect(await visibleNodeIds(page)).toContain(PUTIN);
    await page.getByTestId("search-input").fill("بوتين");
    await page
      .getByTestId("search-option")
      .filter({ hasText: /Putin|بوتين/ })
      .first()
      .click();
    await expect(page.getByTestId("node-details")).toContainText("Vladimir Putin");

    await expect(page.getByTestId("sign-in")).toBeVisible();
    await expect(page.getByTestId("panel-tab-ingest")).toHaveCount(0);
    await expect(page.getByTestId("ingest-form")).toHaveCount(0);

    const res = await page.request.post("/api/articles", { data: { text: ARTICLE_TEXT, dryRun: true } });
    expect(res.status()).toBe(401);
    expect((await res.json()).message).toContain("sign in");
  });
});
