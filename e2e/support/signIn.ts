/**
 * Signs in through the header's form, as a person would, and waits until the header names the account.
 * Opens the app first when the page has nothing loaded; the session cookie then lasts for the test.
 */
import { expect, type Page } from "@playwright/test";
import { E2E_ACCOUNTS, type E2eAccount } from "./accounts.ts";

export async function signIn(page: Page, who: E2eAccount = "editor"): Promise<void> {
  const { name, password } = E2E_ACCOUNTS[who];
  if (!page.url().startsWith("http")) await page.goto("/");
  await page.getByTestId("sign-in").click();
  const form = page.getByTestId("sign-in-form");
  await form.getByTestId("sign-in-name").fill(name);
  await form.getByTestId("sign-in-password").fill(password);
  await form.getByTestId("sign-in-submit").click();
  await expect(page.getByTestId("account-user")).toContainText(name);
}
