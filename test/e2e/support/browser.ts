// The few page actions the browser tests share, and the browser itself (chromium.ts).
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

export { CHROMIUM, launchBrowser } from "./chromium.ts";

// Facts of the demo data, known here as a visitor of the demo would know them: the browser tests see
// the running server from outside, as they see its pages, not through its modules. A demo that
// changes one of them fails the pages that use it (a wrong link answers 400 or 404, not 200).
export const DEMO_PASSWORD = "bottega-demo-2026";
export const DEMO_COORDINATOR = "giulia.ferrari@sbcr.example";
/** The edit link of the demo report waiting for changes (practices/workflow/submissions.demo.ts). */
export const DEMO_EDIT_TOKEN = "demo-changes-requested-castelli-romani";
/** The pending invitation to Lab II with a known link (labs/materials/demo.ts). */
export const DEMO_LAB_INVITATION_TOKEN = "demo-invito-lab-ii-assessora-cultura-bergamo";

/** Signs in through the real form; leaves the page wherever the app redirects. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await Promise.all([
    page.waitForNavigation(),
    page.locator("main form button[type=submit]").first().click(),
  ]);
  const signedOut = await page.locator("form[action='/sign-out']").count();
  if (!signedOut)
    throw new Error(
      `Sign-in as ${email} failed on ${page.url()}:\n${await page.locator("main").textContent()}`,
    );
}

/** Activates a submit control (click, or a key press on it) and waits for the page the form's POST
 * leads to (after redirects); returns the POST's status. */
export async function submitAndWait(
  page: Page,
  control: Locator,
  how: (c: Locator) => Promise<void> = (c) => c.click(),
): Promise<number> {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.request().isNavigationRequest()),
    how(control),
  ]);
  await page.waitForLoadState();
  return res.status();
}

/**
 * A board command sent as a person with JavaScript sends it: over /live, without a page load. Waits
 * until the page shows its result (the board counts the acknowledged commands it has drawn, in
 * `data-acked`) and fails if the page was loaded again (the form posted instead).
 */
export async function commandAndWait(
  page: Page,
  control: Locator,
  how: (c: Locator) => Promise<void> = (c) => c.click(),
): Promise<void> {
  const board = page.locator("#board");
  const before = Number((await board.getAttribute("data-acked")) ?? 0);
  const mark = await page.evaluate(() => {
    const w = window as unknown as { stillHere?: number };
    w.stillHere = Math.random();
    return w.stillHere;
  });
  await how(control);
  await expect.poll(() => board.getAttribute("data-acked"), { timeout: 10_000 }).toBe(String(before + 1));
  expect(await page.evaluate(() => (window as unknown as { stillHere?: number }).stillHere)).toBe(mark);
}

/** Presses Tab (or Shift+Tab) until the focused element matches (selector, and text when given). */
export async function tabTo(page: Page, selector: string, text?: string, back = false) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const ok = await page.evaluate(
      ([sel, txt]) => {
        const el = document.activeElement;
        return Boolean(el?.matches(sel!) && (!txt || el.textContent?.trim().startsWith(txt)));
      },
      [selector, text ?? ""],
    );
    if (ok) return;
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ""}`);
}
