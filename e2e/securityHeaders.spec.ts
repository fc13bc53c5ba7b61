/**
 * The Content-Security-Policy the server sends (server/securityHeaders.ts) must let the whole app work:
 * every violation the browser reports while a person uses each feature fails the journey.
 */
import { expect, test } from "@playwright/test";
import { openApp, openPanel } from "./support/app.ts";
import { signIn } from "./support/signIn.ts";

test("the app runs under its Content-Security-Policy without a single violation", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto("/");
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  await openApp(page);
  await page.getByTestId("view-toggle").click();
  await page.getByTestId("search-input").fill("Putin");
  await page.getByTestId("search-option").filter({ hasText: /Putin/ }).first().click();
  await expect(page.getByTestId("node-details")).toContainText("Vladimir Putin");
  await page.getByTestId("lang-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  for (const panel of ["timeline", "analysis", "table", "articles", "path"]) await openPanel(page, panel);
  for (const format of ["png", "svg", "json", "csv"]) {
    const download = page.waitForEvent("download");
    await page.getByTestId(`export-${format}`).click();
    await download;
  }
  await signIn(page, "editor");
  await openPanel(page, "ingest");
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});
