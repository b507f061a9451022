// Labs in a real browser against the real server: a coordinator creates a meeting with a registration
// question → a member registers (the required answer is asked for first), cancels and registers
// again → the coordinator checks them in with the code the member's page shows → writes the minutes,
// which the meeting page then shows. Forms only: no step needs JavaScript.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { useBottega } from "./support/bottega.ts";
import { DEMO_COORDINATOR, signIn, submitAndWait, tabTo } from "./support/browser.ts";

const TAVOLO = "/labs/tavolo-territoriale-sulla-comunicazione-social";
const MEMBER = "elena.conti@comune-frascati.example";

const app = useBottega();

const main = (page: Page) => page.locator("main");
async function noViolations(page: Page, where: string) {
  const v = await axeViolations(page);
  expect(v, formatViolations(where, v)).toEqual([]);
}
const submitIn = (page: Page, action: string) =>
  submitAndWait(page, page.locator(`main form[action$='${action}'] [type=submit]`).first());

describe("a meeting from creation to minutes", () => {
  it("is created, registered for, cancelled, registered again, checked in and minuted", async () => {
    const base = app.baseUrl;
    const year = new Date().getUTCFullYear() + 1;
    const coordinator = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(coordinator, base, DEMO_COORDINATOR);

    // The coordinator creates the meeting with a required question.
    await coordinator.goto(`${base}${TAVOLO}/meetings/new`);
    await coordinator.locator("input[name=title]").fill("Terzo tavolo: misurare i risultati");
    await coordinator.locator("select[name=mode]").selectOption("in-person");
    await coordinator.locator("input[name=startsAt]").fill(`${year}-05-14T10:00`);
    await coordinator.locator("input[name=endsAt]").fill(`${year}-05-14T12:00`);
    await coordinator.locator("input[name=timeZone]").fill("Europe/Rome");
    await coordinator.locator("input[name=venue]").fill("Biblioteca comunale di Frascati");
    await coordinator.locator("input[name=capacity]").fill("20");
    await coordinator.locator("textarea[name=questions]").fill("Quale ente rappresenti? *");
    expect(await submitIn(coordinator, "/meetings")).toBe(303);
    const meetingPath = new URL(coordinator.url()).pathname;
    expect(meetingPath).toBe(`${TAVOLO}/meetings/terzo-tavolo-misurare-i-risultati`);
    expect(await main(coordinator).textContent()).toContain("Incontro creato.");

    // A member registers: the required question is asked for first, with a clear message.
    const member = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(member, base, MEMBER);
    await member.goto(`${base}${meetingPath}`);
    expect(await submitIn(member, "/register")).toBe(422);
    expect(await main(member).textContent()).toContain("Rispondi a questa domanda: è obbligatoria.");
    await member.getByLabel("Quale ente rappresenti?").fill("Comune di Frascati");
    expect(await submitIn(member, "/register")).toBe(303);
    expect(await main(member).textContent()).toContain("Iscrizione confermata.");
    expect(await member.locator("main .qr-code[role=img]").count()).toBe(1);

    // Cancels, then registers again (a new code).
    expect(await submitIn(member, "/cancel")).toBe(303);
    expect(await main(member).textContent()).toContain("Iscrizione annullata.");
    await member.getByLabel("Quale ente rappresenti?").fill("Comune di Frascati");
    expect(await submitIn(member, "/register")).toBe(303);
    const code = /Codice di iscrizione: ([A-Z0-9]+)/.exec((await main(member).textContent()) ?? "")![1]!;

    // The coordinator sees the answer, then checks the member in with the code.
    await coordinator.goto(`${base}${meetingPath}/registrations`);
    expect(await main(coordinator).textContent()).toContain("Comune di Frascati");
    await coordinator.goto(`${base}${meetingPath}/check-in`);
    await coordinator.locator("input[name=code]").fill(code);
    expect(await submitIn(coordinator, "/check-in")).toBe(200);
    expect(await main(coordinator).textContent()).toContain("Presenza registrata: Elena Conti.");
    expect(await main(coordinator).textContent()).toContain("Presenti: 1 su 1 confermati.");

    // Minutes in Markdown, shown on the meeting page.
    await coordinator.goto(`${base}${meetingPath}/minutes`);
    await coordinator
      .locator("textarea[name=minutes]")
      .fill("# Decisioni\n\n- Un indicatore comune per le biblioteche\n- Prossimo incontro a giugno");
    expect(await submitIn(coordinator, "/minutes")).toBe(303);
    expect(new URL(coordinator.url()).pathname).toBe(meetingPath);
    expect(await coordinator.locator("main .minutes h3").textContent()).toBe("Decisioni");
    await member.goto(`${base}${meetingPath}`);
    expect(await member.locator("main .minutes li").count()).toBe(2);
  });
});

describe("a lab's programme, by keyboard", () => {
  const LAB_III = "/labs/lab-iii-servizi-digitali-per-i-cittadini";
  const COMPANY_MEMBER = "luca.galli@heritagetech.example";

  it("tells a company member why the PA-only opening has no button, and registers and cancels from the rows", async () => {
    const base = app.baseUrl;
    const page = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(page, base, COMPANY_MEMBER);
    await page.goto(`${base}${LAB_III}?lang=it`);
    const opening = page.locator("main li#meeting-incontro-di-apertura-i-servizi-digitali-dei-comuni-oggi");
    expect(await opening.textContent()).toContain("Riservato alla PA");
    expect(await opening.textContent()).toContain("La tua organizzazione non risulta tra queste.");
    expect(await opening.locator("form[action$='/register']").count()).toBe(0);
    await noViolations(page, `${LAB_III} (it)`);
    await page.goto(`${base}${LAB_III}?lang=en`);
    expect(await opening.textContent()).toContain("Reserved to public administrations");
    await noViolations(page, `${LAB_III} (en)`);
    await page.goto(`${base}${LAB_III}?lang=it`);

    // The online meeting's row: Tab to its button, Enter; back on the lab page, registered.
    const row = page.locator("main li#meeting-secondo-incontro-identita-digitale-e-pagamenti");
    await tabTo(page, "li#meeting-secondo-incontro-identita-digitale-e-pagamenti button", "Iscriviti");
    expect(await submitAndWait(page, page.locator(":focus"), (c) => c.press("Enter"))).toBe(303);
    expect(new URL(page.url()).pathname).toBe(LAB_III);
    expect(await main(page).textContent()).toContain("Iscrizione confermata.");
    expect(await row.textContent()).toContain("Confermata");
    await noViolations(page, `${LAB_III} (registered)`);

    await tabTo(page, "li#meeting-secondo-incontro-identita-digitale-e-pagamenti button", "Annulla");
    expect(await submitAndWait(page, page.locator(":focus"), (c) => c.press("Enter"))).toBe(303);
    expect(await main(page).textContent()).toContain("Iscrizione annullata.");
    expect(await row.textContent()).toContain("Nessuna");

    // The labs list: status, next meeting and covers, in both languages.
    for (const lang of ["it", "en"]) {
      await page.goto(`${base}/labs?lang=${lang}`);
      await noViolations(page, `/labs (${lang})`);
    }
    expect(await main(page).textContent()).toContain("Finished");
  });
});
