// Keyboard only (Tab, Enter, and typing into fields): the skip link moves focus to the main content,
// sign-in works from the keyboard, and a network page is reachable from the home page.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBottega } from "./support/bottega.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "./support/browser.ts";

const app = useBottega();

type Focused = { tag: string; id: string; name: string; href: string; text: string; visible: boolean };

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const box = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      name: el?.getAttribute("name") ?? "",
      href: el?.getAttribute("href") ?? "",
      text: el?.textContent?.trim() ?? "",
      visible: Boolean(box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0),
    };
  });

/** Presses Tab until the focused element matches, at most `max` times; fails with the path taken. */
async function tabUntil(page: Page, match: (f: Focused) => boolean, what: string, max = 60) {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    path.push(`${f.tag}${f.href ? `[${f.href}]` : ""}${f.name ? `[${f.name}]` : ""}`);
    if (match(f)) {
      expect(f.visible, `${what} is on screen when focused`).toBe(true);
      return f;
    }
  }
  throw new Error(`${what} not reached with ${max} Tabs; focus went: ${path.join(" → ")}`);
}

async function pressEnterAndWait(page: Page) {
  await Promise.all([page.waitForEvent("framenavigated"), page.keyboard.press("Enter")]);
  await page.waitForLoadState();
}

describe("keyboard only", () => {
  it("skips to the content, signs in and reaches a network page with Tab and Enter", async () => {
    const page = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await page.goto(`${app.baseUrl}/`);

    // The first Tab lands on the skip link, shown on focus; Enter moves focus to <main>.
    const skip = await tabUntil(page, (f) => f.href === "#main", "skip link", 1);
    expect(skip.text).toBe("Vai al contenuto principale");
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("main");

    // From the top of the page to the sign-in link in the header.
    await page.goto(`${app.baseUrl}/`);
    await tabUntil(page, (f) => f.href === "/sign-in", "sign-in link");
    await pressEnterAndWait(page);
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    // Fill the form by keyboard; Enter in the password field submits it.
    await tabUntil(page, (f) => f.name === "email", "email field");
    await page.keyboard.type(DEMO_COORDINATOR);
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("password");
    await page.keyboard.type(DEMO_PASSWORD);
    await pressEnterAndWait(page);
    // Signing in lands in the person's own area; the walk goes on from the home page.
    expect(new URL(page.url()).pathname).toBe("/me");
    expect(await page.locator("header form[action='/sign-out']").count()).toBe(1);
    await page.goto(`${app.baseUrl}/`);

    // Skip link, then Tab through the content to a network and open it.
    await tabUntil(page, (f) => f.href === "#main", "skip link", 1);
    await page.keyboard.press("Enter");
    const link = await tabUntil(
      page,
      (f) => f.href === "/networks/sistema-bibliotecario-castelli-romani",
      "link to the network",
    );
    expect(link.text).toBe("Sistema bibliotecario Castelli Romani");
    await pressEnterAndWait(page);
    expect(new URL(page.url()).pathname).toBe("/networks/sistema-bibliotecario-castelli-romani");
    expect(await page.locator("h1").textContent()).toContain("Sistema bibliotecario Castelli Romani");
  });
});
