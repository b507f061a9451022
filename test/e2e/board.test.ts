// The board in two real browsers (facilitator and participant) on the demo session of the Castelli
// Romani table: the participant joins by the link, adds a note from the keyboard, and each side's
// live region announces the other's actions with the exact text, in the page's language; each page
// shows who is here. A guest (no account, joined with a name) gets the same live board.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { useBottega } from "./support/bottega.ts";
import { commandAndWait, signIn, submitAndWait, tabTo } from "./support/browser.ts";

const app = useBottega();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const c of contexts) await c.close();
});

const JOIN = "/boards/join/sbcr-obiettivi-comuni";

async function personPage(email: string): Promise<Page> {
  const ctx = await app.browser.newContext();
  contexts.push(ctx);
  // These people use the list view (the screen-reader-first view); the board view has its own tests.
  await ctx.addCookies([{ name: "bottega_board_view", value: "list", url: app.baseUrl }]);
  const page = await ctx.newPage();
  await signIn(page, app.baseUrl, email);
  return page;
}

const announced = (page: Page) => page.locator("#board-announcer").getAttribute("data-last");
const connected = (page: Page) =>
  expect.poll(() => page.locator("#board").getAttribute("data-connected"), { timeout: 10_000 }).toBe("yes");

describe("a board session in two browsers", () => {
  it("announces the other person's note, the timer and the phase, in Italian and in English", async () => {
    const fac = await personPage("giulia.ferrari@sbcr.example");
    const member = await personPage("elena.conti@comune-frascati.example");

    // The member opens the join link: the demo session has the network's members in it already, so
    // the link leads straight to the board (joining by the link is the guest's test below).
    await member.goto(`${app.baseUrl}${JOIN}?lang=it`);
    expect(member.url()).toMatch(/\/boards\/[0-9a-f-]{36}$/);
    await fac.goto(`${app.baseUrl}${JOIN}?lang=it`);
    await connected(fac);
    await connected(member);

    // Who is here: both names on both pages, kept current from /live.
    for (const page of [fac, member]) {
      await expect
        .poll(() => page.locator("#presence-people li").allTextContents(), { timeout: 10_000 })
        .toEqual(["Elena Conti", "Giulia Ferrari"]);
      expect(await page.locator("#presence-heading").textContent()).toBe("Chi è qui (2)");
    }

    // A note typed and sent from the keyboard (Enter in its field, as the field's hint says) reaches
    // the facilitator's page and live region; no page load, and the field is empty and ready again.
    const text = "Una newsletter unica per tutte le biblioteche";
    const field = member.locator("main textarea[name=text]").first();
    await field.focus();
    expect(await member.locator("main [data-live-hint]").first().isVisible()).toBe(true);
    await member.keyboard.type(text);
    await commandAndWait(member, field, (c) => c.press("Enter"));
    expect(await field.inputValue()).toBe("");
    expect(await member.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("text");
    expect(await member.locator("main").textContent()).toContain(text);
    // Heard on the facilitator's page (before the next note: the region says one thing at a time).
    await expect
      .poll(() => announced(fac), { timeout: 10_000 })
      .toBe(`Nuova nota in Obiettivi comuni: ${text}`);
    // Drawn from the page's own markup for a new note (no fetch): its edit and delete forms carry
    // its id; deleting a second note made the same way removes it, again without a page load.
    expect(await member.locator("main [id*=__ID__], main [value=__ID__]").count()).toBe(0);
    await member.keyboard.type("Una nota da cancellare");
    await commandAndWait(member, field, (c) => c.press("Enter"));
    const extra = member.locator("main li[data-note-id]", { hasText: "Una nota da cancellare" });
    expect(await extra.locator("form[id^=delete-] input[name=noteId]").getAttribute("value")).toBe(
      await extra.getAttribute("data-note-id"),
    );
    await commandAndWait(member, extra.locator("form[id^=delete-] [type=submit]"));
    expect(await member.locator("main").textContent()).not.toContain("Una nota da cancellare");
    // Shift+Enter starts a new line instead.
    await field.focus();
    await member.keyboard.type("Prima riga");
    await member.keyboard.press("Shift+Enter");
    await member.keyboard.type("seconda riga");
    expect(await field.inputValue()).toBe("Prima riga\nseconda riga");
    await field.fill("");
    await expect.poll(() => fac.locator("main").textContent(), { timeout: 10_000 }).toContain(text);

    // The facilitator starts a 5-minute timer and moves to grouping: the member hears both.
    await connected(member);
    await fac.locator("#timer-minutes").fill("5");
    await commandAndWait(fac, fac.locator("#timer-start-form button[type=submit]"));
    await expect.poll(() => announced(member), { timeout: 10_000 }).toBe("Timer avviato: 5 min.");
    await connected(fac);
    await fac.locator("#phase-select").selectOption("group");
    await commandAndWait(fac, fac.locator("#phase-form button[type=submit]"));
    await expect
      .poll(() => announced(member), { timeout: 10_000 })
      .toBe("La sessione è passata alla fase Raggruppamento.");

    // The member's page in English: the same events, announced in English.
    await member.goto(`${app.baseUrl}${new URL(member.url()).pathname}?lang=en`);
    await connected(member);
    await expect
      .poll(() => member.locator("#presence-heading").textContent(), { timeout: 10_000 })
      .toBe("Who is here (2)");
    await connected(fac);
    await fac.locator("#phase-select").selectOption("collect");
    await commandAndWait(fac, fac.locator("#phase-form button[type=submit]"));
    await expect
      .poll(() => announced(member), { timeout: 10_000 })
      .toBe("The session moved to the Collect phase.");
    await connected(fac);
    const second = "Formazione comune sui social per i bibliotecari";
    await fac.locator("main textarea[name=text]").first().fill(second);
    await commandAndWait(fac, fac.locator("main form:has(textarea[name=text]) button[type=submit]").first());
    await expect
      .poll(() => announced(member), { timeout: 10_000 })
      .toBe(`New note in Obiettivi comuni: ${second}`);
    await expect.poll(() => member.locator("main").textContent(), { timeout: 10_000 }).toContain(second);
    expect(await member.getAttribute("html", "lang")).toBe("en");
  });

  it("takes a guest live: joined by the link with a name, shown as present, hearing the facilitator's note", async () => {
    const fac = await personPage("giulia.ferrari@sbcr.example");
    const ctx = await app.browser.newContext();
    const guest = await ctx.newPage();
    try {
      await guest.goto(`${app.baseUrl}${JOIN}?lang=it`);
      await guest.locator("main input[name=name]").fill("Ospite Chiara");
      const join = guest.locator("main form:has(input[name=name]) [type=submit]");
      expect(await submitAndWait(guest, join)).toBe(303);
      await connected(guest);
      await fac.goto(`${app.baseUrl}${JOIN}?lang=it`);
      await connected(fac);
      await expect
        .poll(() => fac.locator("#presence-people li").allTextContents(), { timeout: 10_000 })
        .toContain("Ospite Chiara");
      const text = "Una bacheca comune degli eventi per i cittadini";
      await fac.locator("main textarea[name=text]").first().fill(text);
      await commandAndWait(
        fac,
        fac.locator("main form:has(textarea[name=text]) button[type=submit]").first(),
      );
      await expect
        .poll(() => announced(guest), { timeout: 10_000 })
        .toBe(`Nuova nota in Obiettivi comuni: ${text}`);
      await expect.poll(() => guest.locator("main").textContent(), { timeout: 10_000 }).toContain(text);
    } finally {
      await ctx.close();
    }
  });

  it("runs the rest of the session by keyboard alone: group, name, vote, discuss, outcome, close", async () => {
    const fac = await personPage("giulia.ferrari@sbcr.example");
    const member = await personPage("elena.conti@comune-frascati.example");
    for (const page of [fac, member]) await page.goto(`${app.baseUrl}${JOIN}?lang=it`);

    /** Enter on the focused control of the board: the command goes over /live, no page load. */
    const enter = (page: Page) => commandAndWait(page, page.locator(":focus"), (c) => c.press("Enter"));

    // Facilitator: the phase list's first choice is the next phase (grouping).
    await tabTo(fac, "#phase-form button");
    await enter(fac);
    // Participant: moves the first note into another group, then names that group.
    await member.reload();
    await tabTo(member, "form[id^=move-form-] button");
    await enter(member);
    await tabTo(member, "input[id^=name-]");
    await member.keyboard.type("Comunicazione condivisa");
    await enter(member);
    await expect.poll(() => member.locator("main h3").allTextContents()).toContain("Comunicazione condivisa");
    // Facilitator: to the vote ("V" picks it in the list), the participant votes.
    await fac.reload();
    await tabTo(fac, "#phase-select");
    await fac.keyboard.type("V");
    await fac.keyboard.press("Tab");
    await enter(fac);
    await member.reload();
    await tabTo(member, "form[id^=vote-] button", "Vota");
    await enter(member);
    await expect.poll(() => member.locator("main").textContent()).toContain("I tuoi voti: 1");
    // Facilitator: discussion, focus a group, record an action, close the session.
    await fac.reload();
    await tabTo(fac, "#phase-select");
    await fac.keyboard.type("D");
    await fac.keyboard.press("Tab");
    await enter(fac);
    await tabTo(fac, "form[id^=focus-] button", "Discuti ora");
    await enter(fac);
    await tabTo(fac, "#outcome-text");
    await fac.keyboard.type("Calendario editoriale condiviso da settembre");
    await tabTo(fac, "#outcome-owner");
    await fac.keyboard.type("Consorzio SBCR");
    await tabTo(fac, "#outcome-form button");
    await enter(fac);
    // Closing asks first: Enter on "Chiudi la sessione" opens the question in a dialog, with "No"
    // focused; Escape steps back to the button, and "Sì, chiudi la sessione" closes it, still without a
    // page load (the close page, for those without JavaScript, is tested in facilitation.test.ts).
    await tabTo(fac, "#end-form a");
    await fac.keyboard.press("Enter");
    await expect
      .poll(() => fac.locator("#close-dialog").evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    expect(await fac.evaluate(() => document.activeElement?.hasAttribute("data-close-dialog"))).toBe(true);
    await fac.keyboard.press("Escape");
    await expect
      .poll(() => fac.locator("#close-dialog").evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(false);
    expect(await fac.evaluate(() => document.activeElement?.closest("#end-form") !== null)).toBe(true);
    await fac.keyboard.press("Enter");
    await tabTo(fac, "#close-dialog button", "Sì, chiudi");
    await enter(fac);
    expect(new URL(fac.url()).pathname).not.toMatch(/\/close$/);
    await expect
      .poll(() => announced(member), { timeout: 10_000 })
      .toBe("La sessione è passata alla fase Chiusa.");
    await expect
      .poll(() => member.locator("main").textContent(), { timeout: 10_000 })
      .toContain("Calendario editoriale condiviso da settembre");
    // Closed: read only, once the list view has been refreshed.
    await expect
      .poll(() => member.locator("main form input[name=command]").count(), { timeout: 10_000 })
      .toBe(0);
  });
  it("ends a session by keyboard alone in the board view: focus a group, record an action, close from More", async () => {
    const admin = await personPage("admin@bottega.example");
    await admin.goto(`${app.baseUrl}/boards/join/icom-tavolo-22-luglio-2024?lang=it`);
    // The platform admin joins the ICOM table (as a co-facilitator) from its link, by keyboard.
    if (!/\/boards\/[0-9a-f-]{36}$/.test(new URL(admin.url()).pathname)) {
      const join = admin.locator("main form:has(input[name=_csrf]) [type=submit]").first();
      await join.focus();
      expect(await submitAndWait(admin, join, (c) => c.press("Enter"))).toBe(303);
    }
    await admin.goto(`${admin.url().split("?")[0]}?view=board&lang=it`);
    await connected(admin);
    const enter = () => commandAndWait(admin, admin.locator(":focus"), (c) => c.press("Enter"));
    expect(await admin.locator(".board-stepper [aria-current=step]").textContent()).toBe("Discussione");
    await tabTo(admin, "form[id^=focus-] button", "Discuti ora");
    await enter();
    await tabTo(admin, "#outcome-text");
    await admin.keyboard.type("Linee guida condivise per le didascalie accessibili");
    await tabTo(admin, "#outcome-form button");
    await enter();
    // "More" opens with Enter on its summary; "Close the session" opens the dialog; "Yes" closes.
    await admin.keyboard.press("Shift+Tab");
    await tabTo(admin, ".board-toolbar summary", "Altro");
    await admin.keyboard.press("Enter");
    await tabTo(admin, "#end-form a");
    await admin.keyboard.press("Enter");
    await tabTo(admin, "#close-dialog button", "Sì, chiudi");
    await enter();
    expect(await admin.locator(".board-stepper [aria-current=step]").textContent()).toBe("Chiusa");
    expect(await admin.locator("main").textContent()).toContain(
      "Linee guida condivise per le didascalie accessibili",
    );
  });
});
