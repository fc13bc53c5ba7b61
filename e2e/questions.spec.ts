/** Questions an analyst asks without code: checked against what the seed articles say. */
import { expect, test } from "@playwright/test";
import { ASSAD, openApp, openPanel, PUTIN, SISI, snap } from "./support/app.ts";

async function pick(page: import("@playwright/test").Page, testId: string, text: string, option: RegExp) {
  await page.getByTestId(testId).fill(text);
  await page.getByTestId(`${testId}-option`).filter({ hasText: option }).first().click();
}

test.describe("questions", () => {
  test("who met Putin in 2017, as a table and a link", async ({ page }, testInfo) => {
    await openApp(page);
    await openPanel(page, "questions");
    await page.getByTestId("question-id").selectOption("who-met");
    await pick(page, "question-x", "Putin", /Vladimir Putin/);
    await page.getByTestId("question-from").fill("2017");
    await page.getByTestId("question-to").fill("2017");
    await page.getByTestId("question-ask").click();
    const rows = page.getByTestId("question-row");
    await expect(rows.first()).toContainText("Abdel Fattah el-Sisi");
    await expect(rows.first().locator('[data-column="occasions"]')).toHaveText("2");
    await expect(page.getByTestId("question-table")).toContainText("Benjamin Netanyahu");
    await expect(page.getByTestId("question-table")).toContainText("Bashar al-Assad");
    await snap(page, testInfo, "12-questions");

    // In person only: Netanyahu spoke with Putin by phone and drops out.
    await page.getByTestId("question-mode").selectOption("in-person");
    await page.getByTestId("question-ask").click();
    await expect(page.getByTestId("question-row")).toHaveCount(2);
    await expect(page.getByTestId("question-table")).not.toContainText("Netanyahu");

    // The question is in the URL: a fresh page opens on the same answer.
    const link = page.url();
    expect(link).toContain("ask=");
    const other = await page.context().newPage();
    await other.goto(link);
    await expect(other.getByTestId("question-row")).toHaveCount(2);

    // Sorting by name, then by name the other way round.
    const byPerson = page.getByRole("columnheader", { name: "Person" }).getByRole("button");
    await byPerson.click();
    await expect(page.getByRole("columnheader", { name: "Person" })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(page.getByTestId("question-row").first()).toContainText("Abdel Fattah el-Sisi");
    await byPerson.click();
    await expect(page.getByTestId("question-row").first()).toContainText("Bashar al-Assad");
  });

  test("topics of Sisi and Putin in Arabic, exported as CSV", async ({ page }) => {
    await openApp(page, "lang=ar&panel=questions");
    await page.getByTestId("question-id").selectOption("pair-topics");
    await pick(page, "question-x", "السيسي", /السيسي/);
    await pick(page, "question-y", "بوتين", /بوتين/);
    await page.getByTestId("question-ask").click();
    const first = page.getByTestId("question-row").first();
    // The Syrian crisis: the call of 21 November 2017, the Cairo talks, the 2018 talks.
    await expect(first.locator('[data-column="occasions"]')).toHaveText("3");
    await expect(first.locator('[data-column="dates"]')).toHaveText("2017-11-21, 2017-12-11, 2018-10-17");
    await expect(first.locator("q")).toContainText(/[\u0600-\u06FF]{3,}/);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("question-csv").click(),
    ]);
    const csv = await (await file.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString("utf8");
    expect(text.startsWith("\uFEFFtopic,topic_id,occasions,dates,quote\r\n")).toBe(true);
  });

  test("who connects the communities of Putin and Assad, and Putin and Trump share one", async ({ page }) => {
    await openApp(page, "panel=questions");
    await page.getByTestId("question-id").selectOption("bridges");
    await pick(page, "question-x", "Putin", /Vladimir Putin/);
    await pick(page, "question-y", "Assad", /Bashar al-Assad/);
    await page.getByTestId("question-ask").click();
    // The seeds fall into Putin's callers and Assad's Sochi delegation; Putin met both sides. Other
    // journeys add articles to the same server, so members are checked by name, not counted.
    const communities = page.getByTestId("question-communities");
    await expect(communities).toContainText("The community of Vladimir Putin – members:");
    await expect(communities).toContainText("The community of Bashar al-Assad – members:");
    const members = communities.locator("details p");
    await expect(members.first()).toContainText("Donald Trump");
    await expect(members.nth(1)).toContainText("Faisal Mekdad");
    await expect(members.nth(1)).toContainText("Sergei Shoigu");
    const first = page.getByTestId("question-row").first();
    await expect(first.locator('[data-column="person"]')).toHaveText("Vladimir Putin");
    const ySide = first.locator('[data-column="peopleYSide"]');
    for (const who of ["Bashar al-Assad", "Faisal Mekdad", "Sergei Shoigu"])
      await expect(ySide).toContainText(who);
    // The canvas highlights the bridges and whom they met on either side.
    for (const id of [PUTIN, ASSAD, SISI])
      await expect
        .poll(() => page.evaluate((node) => window.__cy?.$id(node).hasClass("highlighted") ?? false, id))
        .toBe(true);

    await pick(page, "question-y", "Trump", /Donald Trump/);
    await page.getByTestId("question-ask").click();
    await expect(page.getByTestId("question-same-community")).toContainText(
      "Vladimir Putin and Donald Trump are in the same community",
    );
    await expect(page.getByTestId("question-row")).toHaveCount(0);
    // One community: the note says so, and no "no answer" line contradicts it.
    await expect(page.getByTestId("question-answer")).not.toContainText("No answer in the graph");
  });
});
