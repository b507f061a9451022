// Conferences in a real browser against the real server, forms only (no step needs JavaScript): an
// admin creates a conference with a track, a speaker and a 1-place session; a person registers
// without an account, confirms through the mailed link, lands on their own page (axe in both
// languages), books the place; a second person finds the session full and joins its waiting list
// from the keyboard; the admin checks the first in with the code; the certificate downloads as a
// PDF and its verification page confirms it. Then (issue 16) the second person cancels their whole
// registration from their page, and the admin moves the conference by days and makes its next
// edition, whose check-in page (before its first day) asks for a reason: each form passes axe in
// Italian and English, also when it comes back with an error.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { linkIn } from "../helpers/smtp.ts";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { useBottega } from "./support/bottega.ts";
import { signIn, submitAndWait } from "./support/browser.ts";

const app = useBottega({ smtp: true });

const submitIn = (page: Page, action: string) =>
  submitAndWait(page, page.locator(`main form[action$='${action}'] [type=submit]`).first());

async function registerAndConfirm(page: Page, slug: string, name: string, email: string) {
  const base = app.baseUrl;
  await page.goto(`${base}/conferences/${slug}`);
  await page.locator("main input[name=name]").fill(name);
  await page.locator("main input[name=email]").fill(email);
  expect(await submitIn(page, "/register")).toBe(200);
  const mail = await app.smtp.waitFor(
    email,
    (m) => m.text.includes("/conferences/registrations/confirm"),
    15_000,
  );
  await page.goto(linkIn(mail, `${base}/conferences/registrations/confirm`));
  expect(await submitIn(page, "/conferences/registrations/confirm")).toBe(303);
  expect(page.url()).toContain(`/conferences/${slug}/me?t=`);
}

describe("a conference from creation to certificate", () => {
  it("is created, registered for, booked, checked in and certified", async () => {
    const base = app.baseUrl;
    // It begins today in Genoa: check-in opens on a conference's first day; the session is tomorrow.
    const dayIn = (n: number) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(
        new Date(Date.now() + n * 86_400_000),
      );
    const admin = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(admin, base, "admin@bottega.example");

    await admin.goto(`${base}/networks/urbact-interactive-cities/conferences/new`);
    await admin.locator("input[name=title]").fill("Città e social: giornate di studio");
    await admin.locator("input[name=startsOn]").fill(dayIn(0));
    await admin.locator("input[name=endsOn]").fill(dayIn(1));
    await admin.locator("input[name=venue]").fill("Palazzo Ducale, Genova");
    expect(await submitIn(admin, "/conferences")).toBe(303);
    const slug = /\/conferences\/([^/]+)\/manage/.exec(admin.url())![1]!;

    await admin.goto(`${base}/conferences/${slug}/tracks/new`);
    await admin.locator("input[name=name]").fill("Laboratori");
    await admin.locator("input[name=room]").fill("Sala del Minor Consiglio");
    expect(await submitIn(admin, "/tracks")).toBe(303);
    await admin.goto(`${base}/conferences/${slug}/speakers/new`);
    await admin.locator("input[name=name]").fill("Giovanna Parodi");
    await admin.locator("input[name=affiliation]").fill("Comune di Genova");
    expect(await submitIn(admin, "/speakers")).toBe(303);
    await admin.goto(`${base}/conferences/${slug}/sessions/new`);
    await admin.locator("input[name=title]").fill("Mappe partecipate");
    await admin.locator("select[name=day]").selectOption(dayIn(1));
    await admin.locator("input[name=start]").fill("10:00");
    await admin.locator("input[name=end]").fill("11:30");
    await admin.locator("input[name=capacity]").fill("1");
    await admin.locator("main label", { hasText: "Giovanna Parodi" }).click();
    expect(await submitIn(admin, "/sessions")).toBe(303);

    // The session's edit page (with its separate remove form) passes axe in both languages.
    await admin.goto(`${base}/conferences/${slug}/manage`);
    const editHref = await admin
      .locator("main a[href*='/sessions/'][href$='/edit']")
      .first()
      .getAttribute("href");
    for (const lang of ["it", "en"] as const) {
      await admin.goto(`${base}${editHref}?lang=${lang}`);
      expect(await admin.locator("main form[action$='/delete']").count()).toBe(1);
      const v = await axeViolations(admin);
      expect(v, formatViolations(`session edit page (${lang})`, v)).toEqual([]);
    }
    await admin.goto(`${base}/conferences/${slug}/manage?lang=it`);

    // The public page shows the programme; a person registers and confirms.
    const person = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    const email = `conf.${Date.now()}@example.org`;
    await registerAndConfirm(person, slug, "Carla Bruni", email);
    const mePage = person.url();
    for (const lang of ["it", "en"] as const) {
      await person.goto(`${mePage}&lang=${lang}`);
      expect(await person.getAttribute("html", "lang")).toBe(lang);
      const violations = await axeViolations(person);
      expect(violations, formatViolations(`registration page (${lang})`, violations)).toEqual([]);
    }
    await person.goto(`${mePage}&lang=it`);
    expect(await submitIn(person, "/me/sessions")).toBe(200);
    expect(await person.locator("main").textContent()).toContain("Posto prenotato");

    // Someone else finds it full and joins its waiting list from the keyboard.
    const other = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await registerAndConfirm(other, slug, "Dario Fo", `altro.${Date.now()}@example.org`);
    const otherMe = other.url();
    const wait = other.getByRole("button", { name: "Mettiti in lista d'attesa per «Mappe partecipate»" });
    expect(await wait.count()).toBe(1);
    const waitAxe = await axeViolations(other);
    expect(waitAxe, formatViolations("registration page, full session", waitAxe)).toEqual([]);
    await wait.focus();
    expect(await submitAndWait(other, wait, (b) => b.press("Enter"))).toBe(200);
    const waiting = await other.locator("main").textContent();
    expect(waiting).toContain("sei in lista d'attesa, in posizione 1");
    expect(waiting).toContain("Sei in lista d'attesa: posizione 1");

    // Check-in with the code from the page.
    const code = (await person.locator("main strong").first().textContent())!.trim();
    await admin.goto(`${base}/conferences/${slug}/check-in`);
    await admin.locator("input[name=code]").fill(code);
    expect(await submitIn(admin, "/check-in")).toBe(200);
    expect(await admin.locator("main [role=status]").textContent()).toContain("Carla Bruni");

    // The certificate: a PDF from the registrant's page, and the public verification page.
    await person.goto(mePage);
    const href = await person.locator("main a[href*='certificate.pdf']").getAttribute("href");
    const pdf = await person.request.get(`${base}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await Promise.all([person.waitForNavigation(), person.locator("main a[href^='/certificates/']").click()]);
    expect(await person.locator("main").textContent()).toContain("Carla Bruni");
    const violations = await axeViolations(person);
    expect(violations, formatViolations("verification page", violations)).toEqual([]);

    // The second person cancels their whole registration from their page, by keyboard.
    await other.goto(otherMe);
    const cancel = other.getByRole("button", { name: /Annulla l'iscrizione a «Città e social/ });
    await cancel.focus();
    expect(await submitAndWait(other, cancel, (b) => b.press("Enter"))).toBe(200);
    expect(await other.locator("main").textContent()).toContain("Iscrizione annullata");
    const cancelAxe = await axeViolations(other);
    expect(cancelAxe, formatViolations("registration cancelled", cancelAxe)).toEqual([]);

    // Moving the dates and making the next edition: the forms, also with an error, in both languages.
    for (const lang of ["it", "en"] as const) {
      for (const what of ["shift", "duplicate"] as const) {
        await admin.goto(`${base}/conferences/${slug}/${what}?lang=${lang}`);
        const v = await axeViolations(admin);
        expect(v, formatViolations(`${what} form (${lang})`, v)).toEqual([]);
      }
      await admin.goto(`${base}/conferences/${slug}/shift?lang=${lang}`);
      await admin.locator("input[name=days]").fill("tre");
      expect(await submitIn(admin, "/shift")).toBe(422);
      expect(await admin.locator("#days").getAttribute("aria-invalid")).toBe("true");
      const v = await axeViolations(admin);
      expect(v, formatViolations(`shift form with an error (${lang})`, v)).toEqual([]);
    }
    await admin.goto(`${base}/conferences/${slug}/shift?lang=it`);
    await admin.locator("input[name=days]").fill("7");
    expect(await submitIn(admin, "/shift")).toBe(303);
    await admin.goto(`${base}/conferences/${slug}/duplicate`);
    await admin.locator("input[name=title]").fill("Città e social: seconda edizione");
    await admin.locator("input[name=startsOn]").fill(dayIn(60));
    expect(await submitIn(admin, "/duplicate")).toBe(303);
    const edition = /\/conferences\/([^/]+)\/manage/.exec(admin.url())![1]!;
    expect(await admin.locator("main").textContent()).toContain("Mappe partecipate");
    for (const lang of ["it", "en"] as const) {
      await admin.goto(`${base}/conferences/${edition}/check-in?lang=${lang}`);
      expect(await admin.locator("main input[name=reason]").count()).toBe(1);
      const v = await axeViolations(admin);
      expect(v, formatViolations(`check-in before the first day (${lang})`, v)).toEqual([]);
    }
  });
});
