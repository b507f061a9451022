// The "report a project" and moderation pages as they look on a phone (390 px) and a desktop (1280
// px): nothing wider than the window, no floating label lying on a heading or a hint (the moderation
// page's decision and the "changes requested" page's sections had that), and on the phone axe finds
// nothing either, where the moderation queue's tables become lists. Screenshots are for people
// (test/e2e/screenshots.ts); this measures what they would see as broken.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { quadrants } from "../helpers/images.ts";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { useBottega } from "./support/bottega.ts";
import { DEMO_COORDINATOR, DEMO_EDIT_TOKEN, signIn, submitAndWait } from "./support/browser.ts";
import { layoutProblems } from "./support/layout.ts";

const app = useBottega({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

async function expectWellLaidOut(page: Page, where: string, axe: boolean) {
  expect(await layoutProblems(page), `${where}: layout`).toEqual([]);
  if (!axe) return;
  const v = await axeViolations(page);
  expect(v, formatViolations(where, v)).toEqual([]);
}

const next = (page: Page, nav = "next") => submitAndWait(page, page.locator(`main button[value=${nav}]`));

for (const [name, viewport] of [
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const) {
  describe(`on a ${name} (${viewport.width} px)`, () => {
    const axe = name === "phone"; // the a11y test runs axe on these pages at desktop width

    it("the report form with files, its check-answers page and the edit page of a mailed link", async () => {
      const ctx = await app.browser.newContext({ viewport, locale: "it-IT" });
      const page = await ctx.newPage();
      await page.goto(`${app.baseUrl}/practices/new`);
      await expectWellLaidOut(page, "report, step 1", false);
      await page.locator("main input[name=title]").fill("Sportello digitale di quartiere");
      await page
        .locator("main textarea[name=summary]")
        .fill("Volontari aiutano chi usa poco i servizi online.");
      await page.locator("main label[for=themes-accessibility]").click();
      expect(await next(page)).toBe(200);
      await page.locator("main textarea[name=problem]").fill("Molti anziani non riuscivano a usare SPID.");
      await page
        .locator("main textarea[name=solution]")
        .fill("Volontari formati, due pomeriggi a settimana.");
      expect(await next(page)).toBe(200);
      await page.locator("main input[name=image]").setInputFiles({
        name: "sportello.png",
        mimeType: "image/png",
        buffer: await quadrants(),
      });
      await page.locator("main input[name=imageAlt]").fill("Una volontaria aiuta una signora al computer");
      await page
        .locator("main input[name=attachment]")
        .setInputFiles({ name: "relazione.pdf", mimeType: "application/pdf", buffer: PDF });
      expect(await next(page, "upload")).toBe(200);
      expect(await page.locator("main button[value^='remove:']").count()).toBe(2);
      // The remove buttons are real targets (WCAG 2.5.8: at least 24 px).
      const remove = await page.locator("main button[value^='remove:']").first().boundingBox();
      expect(remove!.height).toBeGreaterThanOrEqual(24);
      await expectWellLaidOut(page, "report, step 3 with files", axe);
      expect(await next(page)).toBe(200);
      await page.locator("main input[name=name]").fill("Chiara Lombardi");
      await page.locator("main input[name=email]").fill("chiara.lombardi@example.org");
      await page.locator("main label[for=consentPublication]").click();
      await page.locator("main label[for=consentContact]").click();
      expect(await next(page)).toBe(200);
      expect(await page.locator("main h1").textContent()).toContain("Controlla le tue risposte");
      await expectWellLaidOut(page, "report, check answers", axe);

      await page.goto(`${app.baseUrl}/practices/submissions/edit?token=${DEMO_EDIT_TOKEN}`);
      await expectWellLaidOut(page, "edit through the mailed link", axe);
      await page.goto(`${app.baseUrl}/practices?q=${encodeURIComponent("accessibilità")}`);
      await expectWellLaidOut(page, "search results", axe);
      await ctx.close();
    });

    it("the coordinator's queue and a report's review page, with an error on the decision", async () => {
      const ctx = await app.browser.newContext({ viewport, locale: "it-IT" });
      const page = await ctx.newPage();
      await signIn(page, app.baseUrl, DEMO_COORDINATOR);
      await page.goto(`${app.baseUrl}/practices/moderation`);
      await expectWellLaidOut(page, "moderation queue", axe);
      await Promise.all([
        page.waitForNavigation(),
        page.locator("main a", { hasText: "Il podcast della biblioteca di Marino" }).click(),
      ]);
      await expectWellLaidOut(page, "review page", axe);
      await page.locator("main select[name=decision]").selectOption("request-changes");
      expect(
        await submitAndWait(page, page.locator("main form[action^='/practices/moderation/'] [type=submit]")),
      ).toBe(422);
      await expectWellLaidOut(page, "review page with an error", axe);
      await ctx.close();
    });
  });
}
