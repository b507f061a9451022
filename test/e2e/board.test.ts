// The board in two real browsers (facilitator and participant) on the demo session of the Castelli
// Romani table: the participant joins by the link, adds a note from the keyboard, and each side's
// live region announces the other's actions with the exact text, in the page's language.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn, submitAndWait } from "./support/browser.ts";
import { type RunningServer, startBottega } from "./support/server.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startBottega({ template: inject("embeddedTemplate") });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

const JOIN = "/boards/join/sbcr-obiettivi-comuni";

async function personPage(email: string): Promise<Page> {
  const ctx = await browser.newContext();
  contexts.push(ctx);
  const page = await ctx.newPage();
  await signIn(page, server.baseUrl, email);
  return page;
}

const announced = (page: Page) => page.locator("#board-announcer").getAttribute("data-last");
const connected = (page: Page) =>
  expect.poll(() => page.locator("#board").getAttribute("data-connected"), { timeout: 10_000 }).toBe("yes");

describe("a board session in two browsers", () => {
  it("announces the other person's note, the timer and the phase, in Italian and in English", async () => {
    const fac = await personPage("giulia.ferrari@sbcr.example");
    const member = await personPage("elena.conti@comune-frascati.example");

    // The member opens the join link and joins with the keyboard.
    await member.goto(`${server.baseUrl}${JOIN}?lang=it`);
    const join = member.locator("main form:has(input[name=_csrf]) [type=submit]").first();
    await join.focus();
    expect(await submitAndWait(member, join, (c) => c.press("Enter"))).toBe(303);
    expect(member.url()).toMatch(/\/boards\/[0-9a-f-]{36}$/);
    await fac.goto(`${server.baseUrl}${JOIN}?lang=it`);
    await connected(fac);
    await connected(member);

    // A note typed and sent from the keyboard reaches the facilitator's page and live region.
    const text = "Una newsletter unica per tutte le biblioteche";
    const field = member.locator("main textarea[name=text]").first();
    await field.focus();
    await member.keyboard.type(text);
    await member.keyboard.press("Tab");
    expect(await submitAndWait(member, member.locator(":focus"), (c) => c.press("Enter"))).toBe(303);
    await expect
      .poll(() => announced(fac), { timeout: 10_000 })
      .toBe(`Nuova nota in Obiettivi comuni: ${text}`);
    await expect.poll(() => fac.locator("main").textContent(), { timeout: 10_000 }).toContain(text);

    // The facilitator starts a 5-minute timer and moves to grouping: the member hears both.
    await connected(member);
    await fac.locator("#timer-minutes").fill("5");
    await submitAndWait(fac, fac.locator("#timer-start-form button[type=submit]"));
    await expect.poll(() => announced(member), { timeout: 10_000 }).toBe("Timer avviato: 5 min.");
    await connected(fac);
    await fac.locator("#phase-select").selectOption("group");
    await submitAndWait(fac, fac.locator("#phase-form button[type=submit]"));
    await expect
      .poll(() => announced(member), { timeout: 10_000 })
      .toBe("La sessione è passata alla fase Raggruppamento.");

    // The member's page in English: the same events, announced in English.
    await member.goto(`${server.baseUrl}${new URL(member.url()).pathname}?lang=en`);
    await connected(member);
    await connected(fac);
    await fac.locator("#phase-select").selectOption("collect");
    await submitAndWait(fac, fac.locator("#phase-form button[type=submit]"));
    await expect
      .poll(() => announced(member), { timeout: 10_000 })
      .toBe("The session moved to the Collect phase.");
    await connected(fac);
    const second = "Formazione comune sui social per i bibliotecari";
    await fac.locator("main textarea[name=text]").first().fill(second);
    await submitAndWait(fac, fac.locator("main form:has(textarea[name=text]) button[type=submit]").first());
    await expect
      .poll(() => announced(member), { timeout: 10_000 })
      .toBe(`New note in Obiettivi comuni: ${second}`);
    await expect.poll(() => member.locator("main").textContent(), { timeout: 10_000 }).toContain(second);
    expect(await member.getAttribute("html", "lang")).toBe("en");
  });
});
