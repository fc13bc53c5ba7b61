/**
 * Review and curation (issue 10), as an editor and as a visitor: reject a false meeting from the queue
 * and its tie leaves the people view; merge a duplicate person; the history and the audit log name who
 * did what; a visitor sees no edit control; and how long reviewing by keyboard takes per event.
 */
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import type { GraphPayload, SessionInfo, TimelinePayload } from "../model/api.ts";
import type { CurationResult, ReviewQueuePage } from "../model/curation.ts";
import { E2E_ACCOUNTS } from "./support/accounts.ts";
import { openApp, openPanel, PUTIN, snap } from "./support/app.ts";
import { signIn } from "./support/signIn.ts";

const EDITOR = E2E_ACCOUNTS.editor.name;

/** MET ties the canvas draws between two people. */
async function metBetween(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const cy = window.__cy;
      if (!cy) return -1;
      return cy
        .$id(a!)
        .edgesWith(cy.$id(b!))
        .filter((e) => e.data("kind") === "MET").length;
    },
    [a, b],
  );
}

/**
 * A tie between two people that rests only on queued events of one occasion (a meeting, and the press
 * conference after it): rejecting those events must undo the tie.
 */
async function falseMeeting(request: APIRequestContext) {
  const queue = (await (await request.get("/api/review/queue?limit=50")).json()) as ReviewQueuePage;
  const people = (await (await request.get("/api/graph?view=people&limit=20000")).json()) as GraphPayload;
  const queued = new Set(queue.items.map((i) => i.event.id as string));
  for (const item of queue.items) {
    const persons = item.participants.filter((p) => p.kind === "Person");
    if (item.event.eventType !== "Meeting" || persons.length !== 2) continue;
    const [a, b] = [persons[0]!.id as string, persons[1]!.id as string];
    const tie = people.edges.find(
      (e) => e.kind === "MET" && [e.source, e.target].sort().join() === [a, b].sort().join(),
    );
    const events = tie?.eventIds ?? [];
    if (tie?.weight === 1 && events.length <= 3 && events.every((id) => queued.has(id)))
      return { ids: events as string[], a, b };
  }
  throw new Error("no queued meeting is the only occasion of its tie in the seeded graph");
}

/** A write as the signed-in browser would make it (the page's cookie and the session's CSRF token). */
async function post<T>(page: Page, path: string, body: unknown): Promise<T> {
  const session = (await (await page.request.get("/api/session")).json()) as SessionInfo;
  const res = await page.request.post(path, {
    data: body,
    headers: { "x-csrf-token": session.csrfToken ?? "" },
  });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

test.describe("review and curation", () => {
  test("an editor rejects a false meeting from the queue and its tie leaves the people view", async ({
    page,
  }, testInfo) => {
    const meeting = await falseMeeting(page.request);
    await signIn(page);
    await openApp(page, "v=people&panel=review");
    await expect.poll(() => metBetween(page, meeting.a, meeting.b)).toBe(1);
    for (const id of meeting.ids) {
      const row = page.locator(`[data-testid=queue-row][data-event-id="${id}"]`);
      await row.click();
      await expect(row).toHaveAttribute("aria-selected", "true");
      await expect(page.getByTestId("queue-sentence").getByTestId("article-span").first()).toBeVisible();
      await page.keyboard.press("x");
      await expect(row).toHaveCount(0);
    }
    await expect.poll(() => metBetween(page, meeting.a, meeting.b)).toBe(0);
    await snap(page, testInfo, "c1-rejected-tie-gone");

    // Shown again, struck, with "show rejected"; the event's history names who rejected it.
    await page.getByTestId("show-rejected").check();
    expect(new URL(page.url()).searchParams.get("rej")).toBe("true");
    await openApp(page, `sel=${encodeURIComponent(meeting.ids[0]!)}&rej=true`);
    const details = page.getByTestId("node-details");
    await expect(details.getByTestId("status-badge").first()).toHaveAttribute("data-status", "rejected");
    await details.getByTestId("history").locator("summary").click();
    const entry = details.getByTestId("history-entry").first();
    await expect(entry.getByTestId("history-by")).toHaveText(EDITOR);
    await expect(entry).toHaveAttribute("data-action", "set-status");

    // An ingest re-applies every correction: the rejection still holds afterwards.
    await post(page, "/api/articles", {
      text: "استقبل الرئيس الروسي فلاديمير بوتين في موسكو اليوم رئيس وزراء أرمينيا نيكول باشينيان.",
      title: "e2e curation",
      published: "2019-03-01",
      source: "e2e",
    });
    await openApp(page, "v=people");
    await expect.poll(() => metBetween(page, meeting.a, meeting.b)).toBe(0);
  });

  test("an editor merges a duplicate person into the original", async ({ page }, testInfo) => {
    await signIn(page);
    // A duplicate as a careless extraction would make it: Putin's name read as another person.
    const doc = (await (await page.request.get(`/api/nodes/${encodeURIComponent(PUTIN)}`)).json()) as {
      mentions: {
        articleId: string;
        start: number;
        end: number;
        mentionStart?: number;
        mentionEnd?: number;
      }[];
    };
    const m = doc.mentions[0]!;
    const created = await post<CurationResult>(page, "/api/entities", {
      source: { articleId: m.articleId, start: m.mentionStart ?? m.start, end: m.mentionEnd ?? m.end },
      kind: "Person",
      name: { ar: "بوتين المكرر", en: "Putin duplicate" },
    });
    const duplicate = created.created[0]!;
    await openApp(page, `sel=${encodeURIComponent(duplicate)}`);
    const details = page.getByTestId("node-details");
    await expect(details).toContainText("Putin duplicate");
    await details.getByTestId("entity-curation").locator("summary").click();
    await details.getByTestId("merge-picker").fill("Vladimir Putin");
    await page.getByTestId("merge-picker-option").filter({ hasText: "Vladimir Putin" }).first().click();
    await details.getByTestId("merge-next").click();
    await expect(details.getByTestId("merge-question")).toContainText(
      "Merge Putin duplicate into Vladimir Putin?",
    );
    await snap(page, testInfo, "c2-merge-question");
    await details.getByTestId("merge-confirm").click();
    await expect(page.getByTestId("node-details")).toHaveAttribute("data-node-id", PUTIN);
    expect((await page.request.get(`/api/nodes/${encodeURIComponent(duplicate)}`)).status()).toBe(404);

    // The audit log names who merged what.
    await openPanel(page, "review");
    await page.getByTestId("audit-by").fill(EDITOR);
    const merged = page.locator(
      "[data-testid=audit-log] [data-testid=history-entry][data-action=merge-entities]",
    );
    await expect(merged.first()).toBeVisible();
    await expect(merged.first().getByTestId("history-by")).toHaveText(EDITOR);
    await expect(page.getByTestId("audit-csv")).toHaveAttribute("href", /format=csv/);
  });

  test("an admin rebuilds the graph from the corpus and every correction still holds", async ({
    page,
  }, testInfo) => {
    const rejected = async () => {
      const res = await page.request.get("/api/timeline?includeRejected=true&limit=5000");
      const { events } = (await res.json()) as TimelinePayload;
      return events
        .filter((e) => e.event.review?.status === "rejected")
        .map((e) => e.event.id as string)
        .sort();
    };
    const before = await rejected();
    expect(before.length).toBeGreaterThan(0);
    await signIn(page, "admin");
    await openApp(page, "panel=review");
    await page.getByTestId("reseed-start").click();
    await page.getByTestId("reseed-confirm").click();
    await expect(page.getByTestId("reseed-result")).toContainText("0 orphaned");
    await snap(page, testInfo, "c3-reseeded");
    expect(await rejected()).toEqual(before);
    // The merged-away duplicate stays merged: no person by that name came back.
    const hits = (await (await page.request.get("/api/search?q=Putin%20duplicate&kinds=Person")).json()) as {
      node: { id: string };
      matched: string;
    }[];
    const duplicates = hits.filter((h) => /duplicate/i.test(h.matched));
    expect(duplicates.map((h) => h.node.id)).toEqual([PUTIN]);
  });

  test("a signed-out visitor sees statuses but no edit control", async ({ page }) => {
    await openApp(page, `sel=${encodeURIComponent(PUTIN)}`);
    await expect(page.getByTestId("node-details")).toBeVisible();
    await expect(page.getByTestId("entity-curation")).toHaveCount(0);
    await expect(page.getByTestId("history-revert")).toHaveCount(0);
    await page.getByTestId("open-article").first().click();
    await expect(page.getByTestId("article-viewer")).toBeVisible();
    await expect(page.getByTestId("add-fact-from-quote")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await openPanel(page, "review");
    await expect(page.getByTestId("review-panel").getByTestId("sign-in-invite")).toBeVisible();
    await expect(page.getByTestId("queue-list")).toHaveCount(0);
  });

  test("reviewing by keyboard: edit with e and Enter, then time per confirmed event", async ({
    page,
  }, testInfo) => {
    await signIn(page);
    await openApp(page, "panel=review");
    const left = page.getByTestId("review-left");
    await expect(page.getByTestId("queue-sentence")).toBeVisible();
    // The README's picture, refreshed only on request so a test run leaves the repository alone.
    if (process.env.DOCS_SCREENSHOTS) await page.screenshot({ path: "docs/curation-queue.png" });
    await snap(page, testInfo, "c3-review-queue");
    const list = page.getByTestId("queue-list");
    await list.focus();
    // e edits the event in focus; Enter saves only what changed, and the edited event leaves the queue.
    const leftBefore = Number(await left.getAttribute("data-left"));
    await page.keyboard.press("e");
    const form = page.getByTestId("event-edit");
    const edited = await form.getAttribute("data-event-id");
    await form.getByLabel("Date", { exact: true }).fill("2017-08-20");
    await page.keyboard.press("Enter");
    await expect(form).toHaveCount(0);
    await expect(left).toHaveAttribute("data-left", String(leftBefore - 1));
    const after = (await (await page.request.get(`/api/nodes/${encodeURIComponent(edited!)}`)).json()) as {
      node: { date: string; review?: { status: string } };
    };
    expect(after.node).toMatchObject({ date: "2017-08-20", review: { status: "edited" } });
    await list.focus();
    const n = Math.min(10, Number(await left.getAttribute("data-left")));
    const started = Date.now();
    for (let i = 0; i < n; i++) {
      const before = Number(await left.getAttribute("data-left"));
      // Confirm only: a rejection here would take seeded facts away from the other journeys.
      await page.keyboard.press("c");
      await expect(left).toHaveAttribute("data-left", String(before - 1));
    }
    const ms = Date.now() - started;
    console.log(
      `review by keyboard: ${n} events in ${ms} ms, ${(ms / Math.max(1, n)).toFixed(0)} ms per event`,
    );
    await expect(page.getByTestId("write-conflict")).toHaveCount(0);

    // Confirmed only: the canvas keeps only events an editor vouched for, and the link keeps the filter.
    await page.getByTestId("confirmed-only").check();
    expect(new URL(page.url()).searchParams.get("conf")).toBe("true");
    await expect
      .poll(() =>
        page.evaluate(() => {
          const events = window.__cy?.nodes('[kind = "Event"]') ?? [];
          return events.length > 0 && events.every((n) => ["confirmed", "edited"].includes(n.data("review")));
        }),
      )
      .toBe(true);
  });
});
