// axe-core (WCAG 2.2 AA tags) on every page of pages.ts, with demo content, in Italian and English,
// signed out and signed in. 0 violations, or the test prints each one with the element at fault.
// The sweep is split by viewer over two files (a11y-*.test.ts), each with its own server, so the
// browser stage's two workers share it (.ci/run: the sweep was a third of CI on its own).
import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { linkIn } from "../helpers/smtp.ts";
import { ACCOUNTS, PAGES, type Who } from "./pages.ts";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { type Bottega, useBottega } from "./support/bottega.ts";
import { signIn, submitAndWait } from "./support/browser.ts";

/** Registers the sweep of the pages seen by `viewers`, and with `checks` the checks of the sweep itself. */
export function axeSweep(viewers: readonly Who[], opts: { checks?: boolean } = {}) {
  const app = useBottega({ smtp: true });
  const contexts = new Map<Who, BrowserContext>();
  sweepPages(
    app,
    contexts,
    PAGES.filter((p) => viewers.includes(p.as)),
  );
  if (opts.checks) sweepChecks(app, contexts);
}

/** One browser context per viewer, signed in once and reused for all their pages. */
async function contextFor(
  app: Bottega,
  contexts: Map<Who, BrowserContext>,
  who: Who,
): Promise<BrowserContext> {
  const existing = contexts.get(who);
  if (existing) return existing;
  const ctx = await app.browser.newContext();
  if (who !== "anonymous") {
    const page = await ctx.newPage();
    await signIn(page, app.baseUrl, ACCOUNTS[who]);
    await page.close();
  }
  contexts.set(who, ctx);
  return ctx;
}

/** The newest link starting with `prefix` in any mail the sink has received (waits up to 15 s). */
async function newestLink(app: Bottega, prefix: string): Promise<string> {
  const until = Date.now() + 15_000;
  for (;;) {
    const mail = app.smtp.messages.filter((m) => m.text.includes(prefix)).at(-1);
    if (mail) return linkIn(mail, prefix);
    if (Date.now() > until) throw new Error(`No mail with a link starting with ${prefix}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function sweepPages(app: Bottega, contexts: Map<Who, BrowserContext>, pages: typeof PAGES) {
  describe("accessibility (axe, WCAG 2.2 AA)", () => {
    for (const p of pages) {
      for (const lang of ["it", "en"] as const) {
        it(`${p.name} (${p.path}) as ${p.as}, ${lang}`, async () => {
          const ctx = await contextFor(app, contexts, p.as);
          const page = await ctx.newPage();
          try {
            const sep = p.path.includes("?") ? "&" : "?";
            const res = await page.goto(`${app.baseUrl}${p.path}${sep}lang=${lang}`);
            if (p.mailedLink) {
              app.smtp.clear();
              expect(res?.status(), `status of ${p.path}`).toBe(200);
              expect(await p.prepare?.(page), `status of ${p.path} after asking for the mail`).toBe(200);
              const link = await newestLink(app, `${app.baseUrl}${p.mailedLink}?token=`);
              const opened = await page.goto(`${link}&lang=${lang}`);
              expect(opened?.status(), `status of ${p.mailedLink}`).toBe(p.status ?? 200);
              expect(await page.locator("main form input[name=token]").count()).toBe(1);
            } else if (p.prepare) {
              expect(res?.status(), `status of ${p.path}`).toBe(200);
              expect(await p.prepare(page), `status of ${p.path} after preparing it`).toBe(p.status ?? 200);
            } else {
              expect(res?.status(), `status of ${p.path}`).toBe(p.status ?? 200);
            }
            expect(await page.getAttribute("html", "lang")).toBe(lang);
            const violations = await axeViolations(page);
            expect(violations, formatViolations(`${p.path} as ${p.as} (${lang})`, violations)).toEqual([]);
          } finally {
            await page.close();
          }
        });
      }
    }
  });
}

function sweepChecks(app: Bottega, contexts: Map<Who, BrowserContext>) {
  describe("pages behind mailed links", () => {
    it("the password reset form opened from the mail, in both languages", async () => {
      const email = "sara.colombo@comune-bergamo.example";
      const page = await (await contextFor(app, contexts, "anonymous")).newPage();
      await page.goto(`${app.baseUrl}/password/forgot`);
      await page.locator("main input[name=email]").fill(email);
      await submitAndWait(page, page.locator("main form:has(input[name=_csrf]) [type=submit]").first());
      const mail = await app.smtp.waitFor(email, (m) => m.text.includes("/password/reset"), 15_000);
      const link = linkIn(mail, `${app.baseUrl}/password/reset`);
      for (const lang of ["it", "en"] as const) {
        const res = await page.goto(`${link}&lang=${lang}`);
        expect(res?.status()).toBe(200);
        expect(await page.locator("main input[name=password]").count()).toBe(1);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        const v = await axeViolations(page);
        expect(v, formatViolations(`/password/reset (${lang})`, v)).toEqual([]);
      }
      await page.close();
    });
  });

  describe("the axe check itself", () => {
    it("finds violations when a page has them (so 0 above means something)", async () => {
      const page = await (await contextFor(app, contexts, "anonymous")).newPage();
      await page.goto(`${app.baseUrl}/`);
      await page.evaluate(() => {
        document.documentElement.removeAttribute("lang");
        const img = document.createElement("img");
        img.src = "/static/app/none.png";
        document.querySelector("main")?.append(img);
      });
      const ids = (await axeViolations(page)).map((v) => v.id);
      expect(ids).toContain("html-has-lang");
      expect(ids).toContain("image-alt");
      await page.close();
    });
  });
}
