// Templates shared in a network, in a real browser: the Castelli Romani coordinator saves the columns
// of the demo session as a template (a duplicate name is refused on the same form), creates a new
// session from it through the "new session" form, and deletes it from the network's template list.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBottega } from "./support/bottega.ts";
import { DEMO_COORDINATOR, signIn, submitAndWait } from "./support/browser.ts";

const app = useBottega();
let ctx: BrowserContext;

beforeAll(async () => {
  ctx = await app.browser.newContext();
});

afterAll(async () => {
  await ctx?.close();
});

const SBCR = "/networks/sistema-bibliotecario-castelli-romani";

describe("templates saved in a network", () => {
  it("saves a session's columns, refuses a duplicate name on the form, creates a session from it, deletes it", async () => {
    const page: Page = await ctx.newPage();
    await signIn(page, app.baseUrl, DEMO_COORDINATOR);
    await page.goto(`${app.baseUrl}/boards/join/sbcr-obiettivi-comuni?lang=it`);
    expect(page.url()).toMatch(/\/boards\/[0-9a-f-]{36}$/);
    // The list view, where "save as template" is in the page's flow (the board view has it under "More").
    await page.goto(`${page.url()}?view=list`);
    const sessionUrl = page.url().replace("?view=list", "");

    // Typed and sent from the keyboard.
    await page.locator("#template-name").focus();
    await page.keyboard.type("Obiettivi della rete");
    expect(await submitAndWait(page, page.locator("#template-name"), (c) => c.press("Enter"))).toBe(303);
    await expect.poll(() => page.locator("main").textContent()).toContain("Modello salvato");

    // The demo network already has "Verifica di fine anno del tavolo": refused, typed name kept.
    await page.locator("#template-name").fill("verifica di fine anno del tavolo");
    expect(await submitAndWait(page, page.locator("#save-template-form [type=submit]"))).toBe(422);
    expect(await page.locator("#template-name-error").textContent()).toBe(
      "La rete ha già un modello con questo nome: scegline un altro.",
    );
    expect(await page.locator("#template-name").inputValue()).toBe("verifica di fine anno del tavolo");
    expect(await page.locator("#template-name").getAttribute("aria-invalid")).toBe("true");

    // The new-session form offers it beside the built-in templates, with who saved it.
    await page.goto(`${app.baseUrl}${SBCR}/boards/new`);
    const option = page.locator("#template option", { hasText: "Obiettivi della rete" });
    expect(await option.textContent()).toMatch(/^Obiettivi della rete \(salvato da Giulia Ferrari, .+\)$/);
    await page.locator("#title").fill("Secondo tavolo sugli obiettivi");
    await page.locator("#template").selectOption({ value: (await option.getAttribute("value"))! });
    expect(await submitAndWait(page, page.locator("main form [type=submit]").first())).toBe(303);
    expect(page.url()).not.toBe(sessionUrl);
    expect(await page.locator("main h2").allTextContents()).toContain("Obiettivi comuni");

    // The list of the network's templates, in English too; the coordinator deletes the new one.
    await page.goto(`${app.baseUrl}${SBCR}/boards/templates?lang=en`);
    expect(await page.locator("main h1").textContent()).toBe("Session templates");
    await page.goto(`${app.baseUrl}${SBCR}/boards/templates?lang=it`);
    const del = page.locator("main button", { hasText: "Elimina il modello «Obiettivi della rete»" });
    expect(await submitAndWait(page, del)).toBe(303);
    expect(await page.locator("main").textContent()).toContain("Modello eliminato.");
    expect(await page.locator("#saved-templates + ul h3").allTextContents()).toEqual([
      "Verifica di fine anno del tavolo",
    ]);
  });
});
