// Notifications in a real browser, by keyboard alone, with the demo's content: the coordinator
// reaches the list from the header's count, opens the report waiting for her moderation (marked
// read on the way), and changes how she hears of new reports in the preferences.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useBottega } from "./support/bottega.ts";
import { DEMO_COORDINATOR, signIn, tabTo } from "./support/browser.ts";

const app = useBottega();
let page: Page;

beforeAll(async () => {
  page = await (await app.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, app.baseUrl, DEMO_COORDINATOR);
});

const enterAndLoad = async () => {
  await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
};

describe("notifications by keyboard", () => {
  it("from the header's count to the report to moderate, then marked read", async () => {
    await page.goto(`${app.baseUrl}/?lang=it`);
    expect(await page.locator(".notification-badge").textContent()).toContain("1");
    await tabTo(page, ".notification-badge");
    await enterAndLoad();
    expect(new URL(page.url()).pathname).toBe("/me/notifications");
    expect(await page.locator("main").textContent()).toContain("Hai una notifica da leggere.");
    await tabTo(page, "button.notification-open", "Nuova");
    await enterAndLoad();
    expect(new URL(page.url()).pathname).toMatch(/^\/practices\/moderation\/[0-9a-f-]{36}$/);
    await page.goto(`${app.baseUrl}/me/notifications?lang=it`);
    expect(await page.locator("main").textContent()).toContain("Hai letto tutte le notifiche.");
    expect(await page.locator(".notification-badge .badge").count()).toBe(0);
  });

  it("changes how new reports reach her in the preferences, and keeps it", async () => {
    await page.goto(`${app.baseUrl}/account/notifications?lang=it`);
    const select = "select[name='mode.practices.report-submitted']";
    expect(await page.locator(select).inputValue()).toBe("email");
    await tabTo(page, select);
    // On a focused select, the arrow keys choose the next option: "In the daily digest".
    await page.keyboard.press("ArrowDown");
    expect(await page.locator(select).inputValue()).toBe("digest");
    await tabTo(page, "form[action='/account/notifications'] button[type=submit]");
    await enterAndLoad();
    expect(await page.locator("main").textContent()).toContain("Preferenze salvate.");
    expect(await page.locator(select).inputValue()).toBe("digest");
  });
});
