// The home page in a real browser with the demo's content: reached and used by keyboard alone (Tab to
// the catalogue's search box, type, Enter, Tab to a result, open it), and axe (WCAG 2.2 AA) with no
// violations in Italian and English, signed out and signed in (a member registered to a meeting, and
// a coordinator with reports to moderate, so the personal sections are on the page).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { useBottega } from "./support/bottega.ts";
import { DEMO_COORDINATOR, signIn } from "./support/browser.ts";

const MEMBER = "elena.conti@comune-frascati.example";

const app = useBottega();

type Focused = { tag: string; id: string; href: string; text: string; visible: boolean };

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const box = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      href: el?.getAttribute("href") ?? "",
      text: el?.textContent?.trim() ?? "",
      visible: Boolean(box && box.width > 0 && box.height > 0),
    };
  });

/** Presses Tab until the focused element matches, at most `max` times; fails with the path taken. */
async function tabUntil(page: Page, match: (f: Focused) => boolean, what: string, max = 40) {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    path.push(`${f.tag}${f.id ? `#${f.id}` : ""}${f.href ? `[${f.href}]` : ""}`);
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

describe("home page", () => {
  it("searches the catalogue by keyboard alone and opens a result", async () => {
    const ctx = await app.browser.newContext({ locale: "it-IT" });
    const page = await ctx.newPage();
    try {
      await page.goto(`${app.baseUrl}/`);
      // The search box is the first field of the page's content, after the header's links.
      await tabUntil(page, (f) => f.id === "home-q", "the search box");
      await page.keyboard.type("biblioteche");
      await pressEnterAndWait(page);
      const url = new URL(page.url());
      expect(url.pathname).toBe("/practices");
      expect(url.searchParams.get("q")).toBe("biblioteche");
      expect(await page.locator("#result-count").textContent()).toMatch(/^\d+ buone pratiche trovate$/);
      // The search leads to the results heading, which takes the focus; Tab goes on to the first result.
      expect((await focused(page)).id).toBe("results");
      const result = await tabUntil(
        page,
        (f) => f.tag === "a" && /^\/practices\/[a-z0-9-]+$/.test(f.href),
        "a result",
      );
      await pressEnterAndWait(page);
      expect(new URL(page.url()).pathname).toBe(result.href);
      expect((await page.locator("h1").textContent())?.trim()).toBe(result.text);
    } finally {
      await ctx.close();
    }
  });

  for (const who of ["anonymous", MEMBER, DEMO_COORDINATOR] as const) {
    it(`has no axe violations in Italian and English (${who})`, async () => {
      const ctx = await app.browser.newContext();
      const page = await ctx.newPage();
      try {
        if (who !== "anonymous") await signIn(page, app.baseUrl, who);
        for (const lang of ["it", "en"]) {
          const res = await page.goto(`${app.baseUrl}/?lang=${lang}`);
          expect(res?.status()).toBe(200);
          // Real content, not empty lists: the public sections, and the personal ones when signed in.
          for (const id of [
            "home-meetings",
            "home-conferences",
            "home-practices",
            "home-funding",
            "home-networks",
          ])
            expect(await page.locator(`#${id}`).count(), id).toBe(1);
          if (who !== "anonymous") expect(await page.locator("#home-next-meeting").count()).toBe(1);
          if (who === DEMO_COORDINATOR)
            expect(await page.locator("section[aria-labelledby=home-waiting] a").count()).toBeGreaterThan(0);
          const violations = await axeViolations(page);
          expect(violations, formatViolations(`/ (${lang}, ${who})`, violations)).toEqual([]);
        }
      } finally {
        await ctx.close();
      }
    });
  }

  it("answers odd query strings with the page, never a 500", async () => {
    for (const q of ["?q=%ff", "?lang=xx", "?%", "?lang=en&lang=it", `?q=${"a".repeat(4000)}`]) {
      const res = await fetch(`${app.baseUrl}/${q}`);
      expect(res.status, q).toBe(200);
    }
  });
});
