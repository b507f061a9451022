// Debian's Chromium driven by playwright-core (Playwright's own browser builds cannot be downloaded
// here), plus the few page actions the tests share.
import { type Browser, chromium, type Locator, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const DEMO_PASSWORD = "bottega-demo-2026";
export const DEMO_COORDINATOR = "giulia.ferrari@sbcr.example";

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
