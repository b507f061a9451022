// A whole session in the board view by keyboard alone, from the first note to closing, with no page
// load: notes added with Enter, grouped through the "Move…" menu (the keyboard twin of dragging),
// a group named in place, dots given and taken back with + and −, a group discussed, the
// session closed from "More". axe checks the board view in every phase, in Italian and English.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { useBottega } from "./support/bottega.ts";
import { commandAndWait, signIn, submitAndWait, tabTo } from "./support/browser.ts";

const app = useBottega();

async function noViolations(page: Page, where: string) {
  // Italian last: the walk goes on in Italian.
  for (const lang of ["en", "it"]) {
    await page.goto(`${page.url().split("?")[0]}?view=board&lang=${lang}`);
    await expect
      .poll(() => page.locator("#board").getAttribute("data-connected"), { timeout: 10_000 })
      .toBe("yes");
    const found = await axeViolations(page);
    expect(found, formatViolations(`${where} (${lang})`, found)).toEqual([]);
  }
}

describe("the board view by keyboard alone", () => {
  it("runs a session from the first note to closing without a page load", async () => {
    const ctx = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await signIn(page, app.baseUrl, "giulia.ferrari@sbcr.example");
    await page.goto(`${app.baseUrl}/networks/sistema-bibliotecario-castelli-romani/boards/new?lang=it`);
    await page.locator("#title").fill("Tavolo dei bibliotecari: idee per l'estate");
    expect(await submitAndWait(page, page.locator("main form [type=submit]").first())).toBe(303);
    await noViolations(page, "collect");
    const enter = () => commandAndWait(page, page.locator(":focus"), (c) => c.press("Enter"));

    // Three notes in the first column, each sent with Enter; the field is ready again each time.
    await page.locator("main").focus();
    await tabTo(page, ".board-column textarea[name=text]");
    const field = page.locator(":focus");
    for (const text of [
      "Letture all'aperto nei parchi",
      "Prestito in spiaggia",
      "Letture nei parchi per bambini",
    ]) {
      await page.keyboard.type(text);
      await commandAndWait(page, field, (c) => c.press("Enter"));
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe("");
    }
    expect(await page.locator(".board-column li[data-note-id]").count()).toBe(3);

    // Grouping: "Avanti: Raggruppamento", then the third note moved to the first one's group.
    await tabTo(page, "#next-phase-form button", undefined, true);
    await enter();
    await expect
      .poll(() => page.locator(".board-stepper [aria-current=step]").textContent())
      .toBe("Raggruppamento");
    const third = page.locator("li[data-note-id]", { hasText: "Letture nei parchi per bambini" });
    const thirdId = await third.getAttribute("data-note-id");
    await page.locator("main").focus();
    await tabTo(page, `#note-${thirdId} summary`, "Sposta");
    await page.keyboard.press("Enter");
    await tabTo(page, `#move-${thirdId}`);
    // The first option is the first group: the first note's.
    await page.keyboard.press("Home");
    await tabTo(page, `#move-form-${thirdId} button`);
    await enter();
    const group = page.locator(".board-group", { hasText: "Letture nei parchi per bambini" });
    expect(await group.locator("li[data-note-id]").count()).toBe(2);
    // The group's name, in place in its header: typed, then Enter.
    await page.locator("main").focus();
    await tabTo(page, "input[id^=name-]");
    await page.keyboard.type("Letture nei parchi");
    await enter();
    await expect.poll(() => group.locator("h3").first().textContent()).toContain("Letture nei parchi");
    // Escape while renaming puts the saved name back; nothing is sent.
    await page.keyboard.type(" e nelle piazze");
    await page.keyboard.press("Escape");
    expect(await page.locator("input[id^=name-]").inputValue()).toBe("Letture nei parchi");
    await noViolations(page, "group");

    // Voting with dots: + twice and − once on the named group; the budget follows.
    await tabTo(page, "#next-phase-form button");
    await enter();
    await expect.poll(() => page.locator(".board-stepper [aria-current=step]").textContent()).toBe("Voto");
    const named = page.locator(".board-group", { hasText: "Letture nei parchi" }).first();
    const gid = await named.getAttribute("data-group-id");
    await page.locator("main").focus();
    await tabTo(page, `#vote-${gid} button`);
    await enter();
    await enter();
    expect(await named.locator(".board-dot").count()).toBe(2);
    await tabTo(page, `#unvote-${gid} button`, undefined, true);
    await enter();
    expect(await named.locator(".board-dot").count()).toBe(1);
    expect(await page.locator(".board-budget").textContent()).toMatch(/Ti restano 4 voti/);
    await noViolations(page, "vote");

    // Discussion: the voted group first; focused for everyone; then closed from "More".
    await tabTo(page, "#next-phase-form button");
    await enter();
    await expect
      .poll(() => page.locator(".board-stepper [aria-current=step]").textContent())
      .toBe("Discussione");
    expect(await page.locator(".board-group h3").first().textContent()).toContain("Letture nei parchi");
    await page.locator("main").focus();
    await tabTo(page, "form[id^=focus-] button", "Discuti ora");
    await enter();
    await expect.poll(() => page.locator(".board-focused").count()).toBe(1);
    await noViolations(page, "discuss");
    const again = await page.evaluate(() => {
      (window as unknown as { here: number }).here = Math.random();
      return (window as unknown as { here: number }).here;
    });
    await tabTo(page, ".board-toolbar summary", "Altro");
    await page.keyboard.press("Enter");
    await tabTo(page, "#end-form a");
    await page.keyboard.press("Enter");
    await tabTo(page, "#close-dialog button", "Sì, chiudi");
    await enter();
    await expect.poll(() => page.locator(".board-stepper [aria-current=step]").textContent()).toBe("Chiusa");
    expect(await page.evaluate(() => (window as unknown as { here: number }).here)).toBe(again);
    await noViolations(page, "closed");
    await ctx.close();
  });
});
