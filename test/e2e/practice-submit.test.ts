// "Report a project" in a real browser against the real server, with JavaScript off and on: the four
// steps (an error on the way, values kept), the receipt mail, then a coordinator moderates: asks for
// changes, the submitter edits through the mailed link (no account, no JavaScript), the coordinator
// publishes, a member comments and someone flags the comment. axe on the pages seen along the way.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { linkIn } from "../helpers/smtp.ts";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { useBottega } from "./support/bottega.ts";
import { DEMO_COORDINATOR, signIn, submitAndWait } from "./support/browser.ts";

const NETWORK = "Sistema bibliotecario Castelli Romani";
const MEMBER = "elena.conti@comune-frascati.example";

const app = useBottega({ smtp: true, timeout: 180_000 });

async function expectNoAxeViolations(page: Page, where: string) {
  const v = await axeViolations(page);
  expect(v, formatViolations(where, v)).toEqual([]);
}

const main = (page: Page) => page.locator("main");

/** Fills the four steps, checks the answers and sends; the first attempt at step 1 leaves the title out. */
async function report(page: Page, title: string, email: string, js: boolean) {
  const started = Date.now();
  await page.goto(`${app.baseUrl}/practices/new`);
  expect(await page.locator("main nav [aria-current=step]").textContent()).toContain("Il progetto");
  if (js) await expectNoAxeViolations(page, "report, step 1");
  await page.locator("main textarea[name=summary]").fill("Letture all'aperto nelle piazze dei Castelli.");
  await page.locator("main label[for=themes-libraries]").click();
  await page.locator("main select[name=networkId]").selectOption({ label: NETWORK });
  expect(await submitAndWait(page, page.locator("main button[value=next]"))).toBe(422);
  expect(await main(page).textContent()).toContain("Campo obbligatorio");
  // What was typed is still there.
  expect(await page.locator("main textarea[name=summary]").inputValue()).toContain("Letture all'aperto");
  expect(await page.locator("main #themes-libraries").isChecked()).toBe(true);
  await page.locator("main input[name=title]").fill(title);
  expect(await submitAndWait(page, page.locator("main button[value=next]"))).toBe(200);
  expect(await page.locator("main nav [aria-current=step]").textContent()).toContain("Problema e soluzione");
  await page.locator("main textarea[name=problem]").fill("Pochi giovani in biblioteca.");
  await page.locator("main textarea[name=solution]").fill("Letture <b>nelle piazze</b> il sabato mattina.");
  await submitAndWait(page, page.locator("main button[value=next]"));
  await page.locator("main textarea[name=results]").fill("Trecento presenze in un'estate.");
  await submitAndWait(page, page.locator("main button[value=next]"));
  expect(await page.locator("main nav [aria-current=step]").textContent()).toContain("Chi sei");
  await page.locator("main input[name=name]").fill("Chiara Lombardi");
  await page.locator("main input[name=email]").fill(email);
  await page.locator("main label[for=consentPublication]").click();
  await page.locator("main label[for=consentContact]").click();
  if (js) await expectNoAxeViolations(page, "report, step 4");
  // The server refuses reports sent faster than a person fills them (5 s).
  const wait = 5_500 - (Date.now() - started);
  if (wait > 0) await page.waitForTimeout(wait);
  expect(await submitAndWait(page, page.locator("main button[value=next]"))).toBe(200);
  expect(await main(page).textContent()).toContain("Controlla le tue risposte");
  if (js) await expectNoAxeViolations(page, "report, check answers");
  expect(await submitAndWait(page, page.locator("main button[value=send]"))).toBe(303);
  expect(page.url()).toMatch(new RegExp(`^${app.baseUrl}/practices/new/sent\\?token=BTG-`));
  expect(await main(page).textContent()).toMatch(/BTG-\d{4}-[0-9A-Z]{4}/);
  await app.smtp.waitFor(email, (m) => m.subject.includes(title), 15_000);
}

async function openInQueue(page: Page, title: string) {
  await page.goto(`${app.baseUrl}/practices/moderation`);
  await Promise.all([page.waitForNavigation(), page.locator("main a", { hasText: title }).first().click()]);
}

async function decide(page: Page, decision: string, reason = "") {
  await page.locator("main select[name=decision]").selectOption(decision);
  await page.locator("main textarea[name=reason]").fill(reason);
  return submitAndWait(page, page.locator("main form[action^='/practices/moderation/'] [type=submit]"));
}

describe("report a project and moderate it", () => {
  it("without JavaScript: report, changes requested, edit through the mailed link, published", async () => {
    const title = `Letture in piazza ${Date.now()}`;
    const email = `senza.js.${Date.now()}@example.org`;
    const noJs = await (
      await app.browser.newContext({ javaScriptEnabled: false, locale: "it-IT" })
    ).newPage();
    await report(noJs, title, email, false);

    const coordinator = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(coordinator, app.baseUrl, DEMO_COORDINATOR);
    await openInQueue(coordinator, title);
    expect(await main(coordinator).textContent()).toContain("Letture <b>nelle piazze</b>");
    await expectNoAxeViolations(coordinator, "moderation of a report");
    expect(await decide(coordinator, "request-changes")).toBe(422);
    expect(await decide(coordinator, "request-changes", "Aggiungete quante persone hanno partecipato.")).toBe(
      303,
    );
    const mail = await app.smtp.waitFor(email, (m) => m.subject.includes("Modifiche richieste"), 15_000);

    await noJs.goto(linkIn(mail, `${app.baseUrl}/practices/submissions/edit`));
    expect(await main(noJs).textContent()).toContain("Aggiungete quante persone hanno partecipato.");
    await noJs
      .locator("main textarea[name=results]")
      .fill("Trecento persone in un'estate, metà sotto i 25 anni.");
    expect(await submitAndWait(noJs, noJs.locator("main form button[value=send]"))).toBe(303);

    await openInQueue(coordinator, title);
    expect(await main(coordinator).textContent()).toContain("metà sotto i 25 anni");
    expect(await decide(coordinator, "publish")).toBe(303);
    const published = await app.smtp.waitFor(email, (m) => m.subject.includes("pubblicata"), 15_000);
    await noJs.goto(linkIn(published, `${app.baseUrl}/practices/`));
    expect(await noJs.locator("main h1").textContent()).toContain(title);
  });

  it("with JavaScript: report, published, a member comments, someone flags the comment", async () => {
    const title = `Podcast di quartiere ${Date.now()}`;
    const email = `con.js.${Date.now()}@example.org`;
    const page = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await report(page, title, email, true);

    const coordinator = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(coordinator, app.baseUrl, DEMO_COORDINATOR);
    await openInQueue(coordinator, title);
    expect(await decide(coordinator, "review")).toBe(303);
    await openInQueue(coordinator, title);
    expect(await decide(coordinator, "publish")).toBe(303);
    const mail = await app.smtp.waitFor(email, (m) => m.subject.includes("pubblicata"), 15_000);
    const url = linkIn(mail, `${app.baseUrl}/practices/`);

    const member = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(member, app.baseUrl, MEMBER);
    await member.goto(url);
    await member
      .locator("#practice-comments textarea[name=body]")
      .fill("Bellissimo: lo proponiamo a Frascati.");
    expect(await submitAndWait(member, member.locator("#practice-comments form [type=submit]"))).toBe(303);
    expect(await member.locator("#practice-comments").textContent()).toContain("lo proponiamo a Frascati");
    await expectNoAxeViolations(member, "practice with a comment");

    await page.goto(url);
    await Promise.all([
      page.waitForNavigation(),
      page.locator("#practice-comments a", { hasText: "Segnala questo commento" }).first().click(),
    ]);
    await page.locator("main textarea[name=reason]").fill("Fuori tema.");
    expect(await submitAndWait(page, page.locator("main form [type=submit]"))).toBe(303);
    expect(await main(page).textContent()).toContain("la redazione esaminerà");
    await coordinator.goto(`${app.baseUrl}/practices/moderation`);
    expect(await main(coordinator).textContent()).toContain("Fuori tema.");
  });
});
