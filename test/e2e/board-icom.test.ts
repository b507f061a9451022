// The board-experience issue's walk, as a test: ICOM Italia's technical table run from its lab's
// page to the summary. The coordinator works at a desktop with the mouse (a session started from
// the lab's "start a session here", notes dragged onto notes, the session closed from "More",
// reopened and closed again); a member in the room uses a phone by touch (joined by the link,
// "your note" first, her notes listed under it, a group joined through "Move…", dots tapped).
// Neither page is loaded again from the first note to the summary link. Without JavaScript the same
// link leads to the list view, which works by form posts.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBottega } from "./support/bottega.ts";
import { commandAndWait, signIn, submitAndWait } from "./support/browser.ts";

const app = useBottega();

const LAB = "/labs/tavolo-tecnico-su-inclusione-e-multichannel-audience-engagement";

/** A marker the page loses if it is ever loaded again. */
const mark = (p: Page) =>
  p.evaluate(() => {
    (window as unknown as { kept: boolean }).kept = true;
  });
const samePage = (p: Page) => p.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);
const step = (p: Page) => p.locator(".board-stepper [aria-current=step]").textContent();
const connected = (p: Page) =>
  expect.poll(() => p.locator("#board").getAttribute("data-connected"), { timeout: 10_000 }).toBe("yes");

describe("ICOM Italia's table, from its lab's page to the summary", () => {
  it("runs by mouse on a desktop and by touch on a phone without a page load, closed, reopened and closed again", async () => {
    const desk = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const phone = await app.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const fac = await desk.newPage();
    const member = await phone.newPage();
    await signIn(fac, app.baseUrl, "chiara.romano@icom.example");
    await signIn(member, app.baseUrl, "francesca.ricci@museoegizio.example");

    // The lab's page lists its open session (the demo table) and offers "start a session here".
    await fac.goto(`${app.baseUrl}${LAB}?lang=it`);
    const here = fac.locator("main section", { hasText: "Sessioni partecipative" }).first();
    expect(await here.textContent()).toContain(
      "Tavolo tecnico «Inclusione e multichannel audience engagement»",
    );
    await Promise.all([
      fac.waitForNavigation(),
      fac.getByRole("link", { name: "Avvia una sessione in questo laboratorio" }).click(),
    ]);
    // The form comes with the lab chosen and a template; the coordinator names the session.
    expect(await fac.locator("main select[name=lab] option:checked").textContent()).toContain(
      "Tavolo tecnico su inclusione",
    );
    await fac.locator("#title").fill("Secondo tavolo: musei accessibili a tutti");
    expect(await submitAndWait(fac, fac.locator("main form [type=submit]").first())).toBe(303);
    // Her session opens as the board, the screen: columns side by side, the toolbar above them.
    expect(await fac.locator("#board-content.board-visual").count()).toBe(1);
    await connected(fac);
    const columns = await fac.locator(".board-column").count();
    expect(columns).toBe(3);
    const joinUrl = (await fac.locator("#join-link").textContent())?.trim() ?? "";
    expect(joinUrl).toContain("/boards/join/");

    // The member scans the QR: the link (as its path), "join", and the first thing is "your note".
    await member.goto(`${app.baseUrl}${new URL(joinUrl).pathname}?lang=it`);
    expect(
      await submitAndWait(member, member.locator("main form [type=submit]").first(), (b) => b.tap()),
    ).toBe(303);
    await connected(member);
    const compose = member.locator("#compose-form");
    expect(await compose.isVisible()).toBe(true);
    const box = await compose.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(844);
    expect(await member.locator("#my-notes-heading").textContent()).toBe("Le tue note (0)");
    await mark(fac);
    await mark(member);

    // Two notes by touch, in two columns; each appears under "your notes" once the server has it.
    const notes: [string, string][] = [
      ["Mancano competenze digitali strategiche nello staff", "Criticità"],
      ["Partenariati con università e centri di ricerca", "Soluzioni"],
    ];
    for (const [text, column] of notes) {
      await member.locator("#compose-column").selectOption({ label: column });
      await member.locator("#compose-text").tap();
      await member.locator("#compose-text").fill(text);
      await commandAndWait(member, compose.locator("[type=submit]"), (b) => b.tap());
    }
    await expect.poll(() => member.locator("#my-notes-heading").textContent()).toBe("Le tue note (2)");
    expect(await member.locator("#my-notes-box li").allTextContents()).toEqual(
      notes.map(([text, column]) => `${text} · ${column}`),
    );

    // The coordinator adds one in the first column with the mouse; both pages show all three.
    const first = fac.locator(".board-column").first();
    await first.locator("textarea[name=text]").click();
    await fac.keyboard.type("Tecnologie non sostenibili nel tempo");
    await commandAndWait(fac, first.locator("form:has(textarea[name=text]) [type=submit]"));
    await expect.poll(() => member.locator("li[data-note-id]").count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => fac.locator("li[data-note-id]").count(), { timeout: 10_000 }).toBe(3);

    // Grouping: the coordinator drags her note onto the member's in the same column.
    await commandAndWait(fac, fac.locator("#next-phase-form button"));
    await expect.poll(() => step(fac)).toBe("Raggruppamento");
    await expect.poll(() => step(member), { timeout: 10_000 }).toBe("Raggruppamento");
    const mine = first.locator("li[data-note-id]", { hasText: "Tecnologie non sostenibili" });
    const theirs = first.locator("li[data-note-id]", { hasText: "Mancano competenze" });
    await expect.poll(() => mine.getAttribute("draggable"), { timeout: 10_000 }).toBe("true");
    await mine.dragTo(theirs);
    const pair = first.locator(".board-group", { hasText: "Mancano competenze" });
    await expect.poll(() => pair.locator("li[data-note-id]").count(), { timeout: 10_000 }).toBe(2);
    // What moved is said, with "Undo" beside it for a drag that went wrong.
    expect(await fac.locator(".board-undo button", { hasText: "Annulla" }).isVisible()).toBe(true);
    // The coordinator names the pair in place: a click on its name, the text, a click elsewhere.
    const pairName = pair.locator("input[name=name]");
    await pairName.click();
    await fac.keyboard.type("Competenze e sostenibilità");
    await fac.locator("h1").click();
    await expect
      .poll(
        () => member.locator(".board-group", { hasText: "Mancano competenze" }).locator("h3").textContent(),
        {
          timeout: 10_000,
        },
      )
      .toContain("Competenze e sostenibilità");
    // On the phone the same group shows both notes, drawn from the event.
    await expect
      .poll(
        () =>
          member
            .locator(".board-group", { hasText: "Mancano competenze" })
            .locator("li[data-note-id]")
            .count(),
        {
          timeout: 10_000,
        },
      )
      .toBe(2);

    // Voting: the member taps + twice on that group; her budget follows.
    await commandAndWait(fac, fac.locator("#next-phase-form button"));
    await expect.poll(() => step(member), { timeout: 10_000 }).toBe("Voto");
    const gid = await pair.getAttribute("data-group-id");
    await member.locator(`#column-${await first.getAttribute("data-column-id")}`).scrollIntoViewIfNeeded();
    for (let i = 0; i < 2; i++)
      await commandAndWait(member, member.locator(`#vote-${gid} button`), (b) => b.tap());
    await expect.poll(() => member.locator(`[data-group-id="${gid}"] .board-dot`).count()).toBe(2);
    await expect.poll(() => member.locator(".board-budget").textContent()).toMatch(/Ti restano 3 voti/);

    // Discussion: the voted group first in its column; an action with a date from the date field.
    await commandAndWait(fac, fac.locator("#next-phase-form button"));
    await expect.poll(() => step(fac)).toBe("Discussione");
    await expect.poll(() => first.locator(".board-group").first().getAttribute("data-group-id")).toBe(gid);
    await fac.locator("#outcome-kind").selectOption("action");
    await fac.locator("#outcome-text").fill("Un percorso di formazione digitale per lo staff dei musei");
    await fac.locator("#outcome-owner").fill("ICOM Italia");
    expect(await fac.locator("#outcome-due").getAttribute("type")).toBe("date");
    await fac.locator("#outcome-due").fill("2027-03-31");
    await commandAndWait(fac, fac.locator("#outcome-form [type=submit]"));
    await expect
      .poll(() => fac.locator("#outcomes-heading + ul").textContent(), { timeout: 10_000 })
      .toContain("31 marzo 2027");

    // Closing asks first ("More" → close → the dialog); then reopened, and closed again.
    const close = async () => {
      await fac.locator(".board-toolbar summary", { hasText: "Altro" }).click();
      await fac.locator('#end-form a[href$="/close"]').click();
      await commandAndWait(fac, fac.locator("#close-dialog button", { hasText: "Sì, chiudi" }));
      await expect.poll(() => step(fac), { timeout: 10_000 }).toBe("Chiusa");
    };
    await close();
    await expect.poll(() => step(member), { timeout: 10_000 }).toBe("Chiusa");
    await fac.locator("#reopen-form [type=submit]").click();
    await expect.poll(() => step(fac), { timeout: 10_000 }).toBe("Discussione");
    await expect.poll(() => step(member), { timeout: 10_000 }).toBe("Discussione");
    await close();

    expect(await samePage(fac)).toBe(true);
    expect(await samePage(member)).toBe(true);

    // The summary: the most voted group first, the action with its owner and date.
    await Promise.all([fac.waitForNavigation(), fac.locator('main a[href$="/summary"]').first().click()]);
    const summary = (await fac.locator("main").textContent()) ?? "";
    expect(summary).toContain("Mancano competenze digitali strategiche nello staff");
    expect(summary).toContain("Un percorso di formazione digitale per lo staff dei musei");
    expect(summary).toContain("31 marzo 2027");
    await desk.close();
    await phone.close();
  });

  it("sends a browser without JavaScript from the session's link to the list view, where a note is added by a form post", async () => {
    const ctx = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await signIn(page, app.baseUrl, "elena.conti@comune-frascati.example");
    await page.goto(`${app.baseUrl}/boards/join/sbcr-obiettivi-comuni?lang=it`);
    // The board view's <noscript> refresh leads on to the list view.
    await page.waitForURL(/\/boards\/[0-9a-f-]{36}\?view=list$/);
    expect(await page.locator("#board-content.board-visual").count()).toBe(0);
    const field = page.locator("main [data-column-id] textarea[name=text]").first();
    await field.fill("Una nota scritta senza JavaScript");
    expect(
      await submitAndWait(
        page,
        page.locator("main [data-column-id] form:has(textarea) [type=submit]").first(),
      ),
    ).toBe(303);
    // Back on the list view (the choice is remembered), with the note.
    expect(page.url()).toMatch(/\/boards\/[0-9a-f-]{36}(#column-[0-9a-f-]{36})?$/);
    expect(await page.locator("#board-content.board-visual").count()).toBe(0);
    expect(await page.locator("main").textContent()).toContain("Una nota scritta senza JavaScript");
    await ctx.close();
  });
});
