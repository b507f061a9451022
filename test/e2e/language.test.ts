// Every page says its language in <html lang> and links its other-language versions with hreflang
// alternates (absolute URLs on BASE_URL), and the header's language switch marks its links too.
import { describe, expect, it } from "vitest";
import { useBottega } from "./support/bottega.ts";

const app = useBottega();

const PATHS = ["/", "/sign-in", "/networks/ancilab", "/organisations", "/accessibility", "/no-such-page"];

describe("language of pages", () => {
  for (const path of PATHS) {
    it(`${path}: <html lang>, hreflang alternates and the language switch`, async () => {
      const ctx = await app.browser.newContext({ locale: "en-GB" });
      const page = await ctx.newPage();
      for (const lang of ["it", "en"] as const) {
        await page.goto(`${app.baseUrl}${path}?lang=${lang}`);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        const alternates = await page.$$eval("head link[rel=alternate][hreflang]", (links) =>
          links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
        );
        expect(Object.fromEntries(alternates)).toEqual({
          it: `${app.baseUrl}${path}?lang=it`,
          en: `${app.baseUrl}${path}?lang=en`,
        });
        const other = lang === "it" ? "en" : "it";
        const switchLink = page.locator(`nav.lang-switch a[hreflang=${other}]`);
        expect(await switchLink.getAttribute("lang")).toBe(other);
        expect(await page.locator("nav.lang-switch [aria-current=true]").getAttribute("lang")).toBe(lang);
      }
      // Without ?lang= the choice is remembered (cookie) over the browser's Accept-Language.
      await page.goto(`${app.baseUrl}${path}`);
      expect(await page.getAttribute("html", "lang")).toBe("en");
      await page.goto(`${app.baseUrl}${path}?lang=it`);
      await page.goto(`${app.baseUrl}${path}`);
      expect(await page.getAttribute("html", "lang")).toBe("it");
      await ctx.close();
    });
  }

  it("follows Accept-Language on a first visit", async () => {
    for (const [locale, lang] of [
      ["en-US", "en"],
      ["it-IT", "it"],
      ["de-DE", "it"],
    ] as const) {
      const ctx = await app.browser.newContext({ locale });
      const page = await ctx.newPage();
      await page.goto(`${app.baseUrl}/`);
      expect(await page.getAttribute("html", "lang"), locale).toBe(lang);
      await ctx.close();
    }
  });
});
