// The catalogue in a real browser against the real server: the search form and its filters (which sit
// outside the <form> element, joined to it by the `form` attribute) work with JavaScript off; the
// JSON-LD data block raises no Content-Security-Policy violation (it is data, never executed) and
// parses in the page; the cite box's text can be selected and copied without any script.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { useBottega } from "./support/bottega.ts";

const PRACTICE = "/practices/biblioteca-diffusa-castelli-romani";

const app = useBottega({ timeout: 180_000 });

/** Records CSP violations and console errors from the first script the page runs. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|CSP/i.test(m.text())) problems.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return problems;
}

it("searches and filters with JavaScript off, through the one GET form", async () => {
  const ctx = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  try {
    await page.goto(`${app.baseUrl}/practices?lang=it`);
    await page.locator("#q").fill("biblioteche");
    // Bootstrap Italia draws the box on the label (the input itself is visually hidden): click it.
    await page.locator("label[for=f-theme-libraries]").click();
    await page.locator("label[for=f-country-IT]").click();
    // Relevance is the default order: the form leaves the empty field out (a redirect, without JS).
    await Promise.all([
      page.waitForURL(/\/practices\?/),
      page.locator("main .practice-filters button[type=submit]").click(),
    ]);
    const url = new URL(page.url());
    expect(url.searchParams.get("q")).toBe("biblioteche");
    expect(url.searchParams.getAll("theme")).toEqual(["libraries"]);
    expect(url.searchParams.getAll("country")).toEqual(["IT"]);
    expect(url.searchParams.has("sort")).toBe(false);
    expect(url.hash).toBe("#results");
    expect(await page.locator("#result-count").textContent()).toMatch(/^\d+ buone pratiche trovate$/);
    expect(await page.locator("main mark").count()).toBeGreaterThan(0);
    expect(await page.locator("#f-theme-libraries").isChecked()).toBe(true);
    // A chip removes its filter: a plain link.
    await Promise.all([
      page.waitForURL(/\/practices/),
      page.locator("main a.practice-chip-remove", { hasText: "Italia" }).click(),
    ]);
    expect(new URL(page.url()).searchParams.getAll("country")).toEqual([]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("biblioteche");
  } finally {
    await ctx.close();
  }
});

it("carries JSON-LD that raises no CSP violation and parses, on the list and a practice", async () => {
  const ctx = await app.browser.newContext();
  const page = await ctx.newPage();
  try {
    const problems = await watch(page);
    for (const [path, type] of [
      ["/practices", "CollectionPage"],
      [PRACTICE, "CreativeWork"],
    ] as const) {
      const res = await page.goto(`${app.baseUrl}${path}`);
      expect(res?.headers()["content-security-policy"]).toContain("script-src 'self'");
      const types = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map(
          (s) => JSON.parse(s.textContent ?? "")["@type"] as string,
        ),
      );
      expect(types).toEqual([type]);
    }
    // The practice's results figure is an inline SVG chart (patterns, no inline style): drawn under
    // the same policy without a violation.
    const chart = page.locator('main figure svg[role="img"]').first();
    await chart.waitFor();
    expect(
      await chart.evaluate((svg) => (svg as SVGSVGElement).getBoundingClientRect().width),
    ).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    // Control: the watch does see a violation when there is one (a remote image), so [] above means something.
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "https://example.org/not-allowed.png";
      img.alt = "";
      document.body.append(img);
    });
    await expect.poll(() => problems.length).toBeGreaterThan(0);
  } finally {
    await ctx.close();
  }
});

it("offers the citation and permalink as selectable text, without JavaScript", async () => {
  const ctx = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  try {
    await page.goto(`${app.baseUrl}${PRACTICE}?lang=en`);
    const citation = await page.locator("#cite-text").inputValue();
    expect(citation).toContain("Biblioteca diffusa Castelli Romani");
    expect(citation).toContain(`${app.baseUrl}${PRACTICE}`);
    expect(await page.locator("#cite-link").inputValue()).toBe(`${app.baseUrl}${PRACTICE}`);
    expect(await page.locator("#cite-text").getAttribute("readonly")).not.toBeNull();
  } finally {
    await ctx.close();
  }
});
