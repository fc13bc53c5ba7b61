/**
 * Stories (issue 13): a teacher builds a three-step story in Arabic, presents it (keys, transitions, the
 * quote behind the tie), opens its embed link in a fresh page, downloads it as one HTML file and plays
 * that from disk with every network request refused (no server), and prints it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import type { StoryAnswer } from "../model/story.ts";
import { openApp, PUTIN, SISI, snap } from "./support/app.ts";
import { signIn } from "./support/signIn.ts";

const STEPS = [
  { title: "شبكة اللقاءات", caption: "كل من التقى بمن في التقارير الخمسة." },
  { title: "السيسي وبوتين", caption: "التقى الرئيسان مرتين، والاقتباس يبيّن أين." },
  { title: "اللقاءات وجهًا لوجه", caption: "بلا المكالمات: من التقى حقًا." },
];

const playerNodes = async (page: Page) =>
  ((await page.getByTestId("story-canvas").getAttribute("data-node-ids")) ?? "").split(" ").filter(Boolean);

async function addStep(page: Page, i: number) {
  await page.getByTestId("story-add-step").click();
  const step = page.getByTestId("story-step").nth(i);
  await step.getByTestId("story-step-title-ar").fill(STEPS[i]!.title);
  await step.getByTestId("story-step-caption-ar").fill(STEPS[i]!.caption);
}

async function expectStep(page: Page, i: number) {
  await expect(page.getByTestId("story-step-title")).toHaveText(STEPS[i]!.title);
  await expect(page.getByTestId("story-step-caption")).toHaveText(STEPS[i]!.caption);
  await expect(page.getByTestId("story-step-count")).toHaveText(`الخطوة ${i + 1} من 3`);
}

test.describe("stories", () => {
  test("build a three-step story in Arabic, present it, embed it, download it and play it offline", async ({
    page,
    browser,
    request,
  }, testInfo) => {
    await openApp(page, "v=people&lang=ar");
    await signIn(page, "editor");
    await page.getByTestId("story-dock-toggle").click();
    await page.getByTestId("story-title-ar").fill("لقاءات بوتين");

    await addStep(page, 0);
    // Step 2: the Sisi–Putin tie, picked from Sisi's ties.
    await page.getByTestId("search-input").fill("السيسي");
    await page.getByTestId("search-option").first().click();
    await page
      .getByTestId("tie-row")
      .and(page.locator(`[data-other-id="${PUTIN}"]`))
      .getByTestId("tie-open")
      .click();
    await expect(page).toHaveURL(/tie=/);
    await addStep(page, 1);
    // Step 3: calls switched off in the legend.
    await page.getByTestId("legend-tie-SPOKE_WITH").click();
    await expect(page).toHaveURL(/ties=MET/);
    await addStep(page, 2);

    // A fourth step, moved up and deleted: reorder and delete work on the list.
    await page.getByTestId("story-add-step").click();
    await page.getByTestId("story-step").nth(3).getByTestId("story-step-up").click();
    await expect(page.getByTestId("story-step").nth(3).getByTestId("story-step-title-ar")).toHaveValue(
      STEPS[2]!.title,
    );
    await page.getByTestId("story-step").nth(2).getByTestId("story-step-delete").click();
    await expect(page.getByTestId("story-step")).toHaveCount(3);
    await expect(page.getByTestId("story-step").nth(2).getByTestId("story-step-title-ar")).toHaveValue(
      STEPS[2]!.title,
    );

    await page.getByTestId("story-save").click();
    await expect(page.getByTestId("story-save-status")).toHaveText("حُفظت.");
    const link = (await page.getByTestId("story-link").getAttribute("href"))!;
    const id = new URL(link).searchParams.get("story")!;
    const saved = (await (await request.get(`/api/stories/${id}`)).json()) as StoryAnswer;
    expect(saved.steps.map((s) => s.title.ar)).toEqual(STEPS.map((s) => s.title));
    expect(saved.steps[1]!.view).toContain("tie=");
    expect(saved.lost).toEqual([]);
    await snap(page, testInfo, "30-story-builder");

    // Present: full screen player, right to left, keys in the reading direction.
    await page.getByTestId("story-present").click();
    const player = page.getByTestId("story-player");
    await expect(player).toHaveAttribute("dir", "rtl");
    await expectStep(page, 0);
    await page.keyboard.press("ArrowLeft");
    await expectStep(page, 1);
    await expect.poll(() => playerNodes(page)).toEqual(expect.arrayContaining([PUTIN, SISI]));
    // Nodes land where the step saved them (after the transition).
    const savedPutin = saved.steps[1]!.nodes.find((n) => n.id === PUTIN)!;
    await expect
      .poll(() => page.evaluate((id) => window.__storyCy?.$id(id).position(), PUTIN))
      .toEqual({ x: savedPutin.x, y: savedPutin.y });
    await page.getByTestId("story-quote-toggle").click();
    await expect(page.getByTestId("story-quote")).toContainText(/بوتين|السيسي/);
    await snap(page, testInfo, "31-story-present");
    await page.keyboard.press(" ");
    await expectStep(page, 2);
    await page.keyboard.press("ArrowRight");
    await expectStep(page, 1);
    await page.getByTestId("story-next").click();
    await expectStep(page, 2);
    await page.keyboard.press("Escape");
    await expect(player).toBeHidden();

    // The embed link in a fresh page: the player only, framable, without the explorer's code.
    const fresh = await browser.newContext();
    const embed = await fresh.newPage();
    const scripts: string[] = [];
    embed.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    const embedUrl = (await page.getByTestId("story-embed-link").getAttribute("href"))!;
    const response = await embed.goto(embedUrl);
    expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(response!.headers()["x-frame-options"]).toBeUndefined();
    await expectStep(embed, 0);
    await expect.poll(() => playerNodes(embed)).toEqual(expect.arrayContaining([PUTIN]));
    expect(scripts.some((s) => /\/assets\/main-/.test(s))).toBe(false);
    await expect(embed.getByTestId("graph-canvas")).toHaveCount(0);
    // Framed by another page.
    await embed.setContent(`<iframe src="${embedUrl}" width="800" height="500"></iframe>`);
    await expect(embed.frameLocator("iframe").getByTestId("story-step-title")).toHaveText(STEPS[0]!.title);
    await fresh.close();
    const explorer = await request.get("/");
    expect(explorer.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

    // Download as one HTML file, open it from disk with every non-file request refused.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("story-download").click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), "story-")), "story.html");
    await download.saveAs(file);
    const offline = await browser.newContext({ offline: true });
    const network: string[] = [];
    await offline.route(/^https?:/, (route) => {
      network.push(route.request().url());
      return route.abort();
    });
    const disk = await offline.newPage();
    await disk.goto(pathToFileURL(file).href);
    await expect(disk.getByTestId("story-player")).toHaveAttribute("dir", "rtl");
    await expectStep(disk, 0);
    await disk.keyboard.press("ArrowLeft");
    await expectStep(disk, 1);
    await expect.poll(() => playerNodes(disk)).toEqual(expect.arrayContaining([PUTIN, SISI]));
    await disk.getByTestId("story-quote-toggle").click();
    await expect(disk.getByTestId("story-quote")).toContainText(/بوتين|السيسي/);
    expect(
      await disk.evaluate(() =>
        document.fonts.load('16px "Noto Naskh Arabic"', "بوتين").then((f) => f.length),
      ),
    ).toBeGreaterThan(0);
    expect(network).toEqual([]);
    await snap(disk, testInfo, "32-story-offline");
    await offline.close();

    // Deleted from the builder: the link no longer opens it.
    await page.getByTestId("story-delete").click();
    await expect.poll(async () => (await request.get(`/api/stories/${id}`)).status()).toBe(404);
  });

  /** Saves a story through the API as the signed-in editor of `page`. */
  async function saveStory(page: Page, body: unknown): Promise<string> {
    await openApp(page, "v=people&lang=ar");
    await signIn(page, "editor");
    const session = (await page.evaluate(() => fetch("/api/session").then((r) => r.json()))) as {
      csrfToken?: string;
    };
    const res = await page.context().request.post("/api/stories", {
      data: body,
      headers: { "x-csrf-token": session.csrfToken ?? "" },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  test("a story whose nodes are gone still opens by link and says which step lost what", async ({ page }) => {
    const node = (id: string, name: string, x: number) => ({ id, name, x, y: 0 });
    const id = await saveStory(page, {
      title: { ar: "قصة قديمة" },
      steps: [
        {
          title: { ar: "الأولى" },
          view: "v=people&lang=ar",
          nodes: [node(PUTIN, "بوتين", 0), node(SISI, "السيسي", 200)],
        },
        {
          title: { ar: "الثانية" },
          view: "v=people&lang=ar",
          nodes: [node(PUTIN, "بوتين", 0), node("person:someone-merged-away", "شخص دُمج", 100)],
        },
      ],
    });
    await page.goto(`/?story=${id}&present=1&lang=ar`);
    await expect(page.getByTestId("story-step-title")).toHaveText("الأولى");
    await expect(page.getByTestId("story-lost")).toHaveCount(0);
    await expect.poll(() => playerNodes(page)).toEqual(expect.arrayContaining([PUTIN, SISI]));
    await page.getByTestId("story-next").click();
    await expect(page.getByTestId("story-lost")).toContainText("شخص دُمج");
    await expect.poll(() => playerNodes(page)).toEqual([PUTIN]);
  });

  test("each step speaks the language it was saved in; the reader's language is back afterwards", async ({
    page,
  }) => {
    const words = (ar: string, en: string) => ({ ar, en });
    const id = await saveStory(page, {
      title: words("بلغتين", "In two languages"),
      steps: [
        { title: words("الأولى", "First"), view: "v=people&lang=ar", nodes: [] },
        { title: words("الثانية", "Second"), view: "v=people", nodes: [] },
        { title: words("الثالثة", "Third"), view: "v=people&lang=ar", nodes: [] },
      ],
    });
    await page.goto(`/?story=${id}&present=1&lang=en`);
    const player = page.getByTestId("story-player");
    const expectStepIn = async (lang: "ar" | "en", title: string, count: string) => {
      await expect(player).toHaveAttribute("lang", lang);
      await expect(player).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      await expect(page.getByTestId("story-step-title")).toHaveText(title);
      await expect(page.getByTestId("story-step-count")).toHaveText(count);
    };
    await expectStepIn("ar", "الأولى", "الخطوة 1 من 3");
    // The key pointing onwards follows each step's reading direction.
    await page.keyboard.press("ArrowLeft");
    await expectStepIn("en", "Second", "Step 2 of 3");
    await expect(page.getByTestId("story-next")).toHaveText("Next");
    await page.keyboard.press("ArrowRight");
    await expectStepIn("ar", "الثالثة", "الخطوة 3 من 3");
    await page.keyboard.press("Escape");
    await expect(player).toBeHidden();
    // The explorer is in the reader's language again, in the page and in the link.
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("panel-tab-questions")).toHaveText("Questions");
    expect(new URL(page.url()).searchParams.get("lang")).not.toBe("ar");

    // The embed without a language plays each step in its own; with one, every step in that one.
    await page.goto(`/embed.html?story=${id}`);
    await expectStepIn("ar", "الأولى", "الخطوة 1 من 3");
    await page.getByTestId("story-next").click();
    await expectStepIn("en", "Second", "Step 2 of 3");
    await page.goto(`/embed.html?story=${id}&lang=en`);
    await expectStepIn("en", "First", "Step 1 of 3");
  });

  test("a single view has an embed link too: the view's network, read-only, with a way back", async ({
    page,
  }) => {
    await openApp(page, `v=people&lang=ar&ties=MET&sel=${encodeURIComponent(SISI)}`);
    await page.getByTestId("story-dock-toggle").click();
    const href = (await page.getByTestId("view-embed-link").getAttribute("href"))!;
    expect(new URL(href).pathname).toBe("/embed.html");
    expect(new URL(href).searchParams.get("ties")).toBe("MET");
    const drawn = ((await page.getByTestId("graph-canvas").getAttribute("data-node-ids")) ?? "").split(" ");
    await page.goto(href);
    await expect(page.getByTestId("story-player")).toHaveAttribute("dir", "rtl");
    await expect.poll(async () => (await playerNodes(page)).sort()).toEqual(drawn.filter(Boolean).sort());
    await expect(page.getByTestId("embed-open-explorer")).toHaveAttribute("href", /sel=person/);
  });

  test("print lays every step on a page of its own", async ({ page, request }) => {
    const steps = STEPS.map((s) => ({
      title: { ar: s.title },
      caption: { ar: s.caption },
      view: "v=people&lang=ar",
      nodes: [],
    }));
    const id = await saveStory(page, { title: { ar: "للطباعة" }, steps });
    await page.emulateMedia({ media: "print" });
    await page.goto(`/embed.html?story=${id}&print=1`);
    await expect(page.getByTestId("story-print-step")).toHaveCount(3);
    const breaks = await page
      .getByTestId("story-print-step")
      .first()
      .evaluate((el) => getComputedStyle(el).breakAfter);
    expect(breaks).toBe("page");
    expect((await request.get(`/api/stories/${id}`)).status()).toBe(200);
  });
});
