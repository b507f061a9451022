// Labs in a real browser against the real server: a coordinator creates a meeting with a registration
// question → a member registers (the required answer is asked for first), cancels and registers
// again → the coordinator checks them in with the code the member's page shows → writes the minutes,
// which the meeting page then shows. Forms only: no step needs JavaScript.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_COORDINATOR, launchBrowser, signIn, submitAndWait } from "./support/browser.ts";
import { type RunningServer, startBottega } from "./support/server.ts";

const TAVOLO = "/labs/tavolo-territoriale-sulla-comunicazione-social";
const MEMBER = "elena.conti@comune-frascati.example";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startBottega({ template: inject("embeddedTemplate") });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const main = (page: Page) => page.locator("main");
const submitIn = (page: Page, action: string) =>
  submitAndWait(page, page.locator(`main form[action$='${action}'] [type=submit]`).first());

describe("a meeting from creation to minutes", () => {
  it("is created, registered for, cancelled, registered again, checked in and minuted", async () => {
    const base = server.baseUrl;
    const year = new Date().getUTCFullYear() + 1;
    const coordinator = await (await browser.newContext({ locale: "it-IT" })).newPage();
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
    const member = await (await browser.newContext({ locale: "it-IT" })).newPage();
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
