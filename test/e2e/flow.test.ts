// A new person's first visit, in a real browser against the real server: sign up → verify the email
// (the link read from a real SMTP sink, then the button on its page) → sign out and sign in → accept
// an invitation to a network sent by a demo coordinator through the network's invite form → switch
// the interface to English.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { linkIn } from "../helpers/smtp.ts";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { useBottega } from "./support/bottega.ts";
import { DEMO_COORDINATOR, signIn, submitAndWait } from "./support/browser.ts";

const SBCR = "/networks/sistema-bibliotecario-castelli-romani";

const app = useBottega({ smtp: true });

const signedInAs = (page: Page) => page.locator("header form[action='/sign-out'] button").count();

async function expectNoAxeViolations(page: Page, where: string) {
  const v = await axeViolations(page);
  expect(v, formatViolations(where, v)).toEqual([]);
}

describe("a new person joins a network", () => {
  it("signs up, verifies the email, signs in, accepts an invitation and switches language", async () => {
    const base = app.baseUrl;
    const email = `nuova.persona.${Date.now()}@example.org`;
    const password = "una-password-lunga-2026";
    const person = await (await app.browser.newContext({ locale: "it-IT" })).newPage();

    // Sign up (Italian, the default language).
    await person.goto(`${base}/sign-up`);
    expect(await person.getAttribute("html", "lang")).toBe("it");
    await person.locator("input[name=name]").fill("Nuova Persona");
    await person.locator("input[name=email]").fill(email);
    await person.locator("input[name=password]").fill(password);
    await person.locator("select[name=language]").selectOption("it");
    expect(await submitAndWait(person, person.locator("main form [type=submit]").first())).toBe(200);
    expect(await person.locator("main").textContent()).toContain(email);
    expect(await signedInAs(person)).toBe(0);

    // Verify the email with the link from the mail the SMTP sink received.
    const verification = await app.smtp.waitFor(email, (m) => m.text.includes("/verify-email"), 15_000);
    // Opening the link only shows a button (mail scanners open links too); pressing it verifies.
    await person.goto(linkIn(verification, `${base}/verify-email`));
    expect(await signedInAs(person)).toBe(0);
    const confirm = person.locator("main form[action='/verify-email'] button[type=submit]");
    expect(await confirm.textContent()).toBe("Conferma il tuo indirizzo");
    expect(await submitAndWait(person, confirm)).toBe(303);
    expect(new URL(person.url()).pathname).toBe("/account");
    expect(await signedInAs(person)).toBe(1);

    // Sign out, then sign in with the new password through the form.
    await submitAndWait(person, person.locator("header form[action='/sign-out'] button"));
    expect(await signedInAs(person)).toBe(0);
    await signIn(person, base, email, password);
    expect(await person.locator("header").textContent()).toContain("Nuova Persona");

    // A demo coordinator invites the new person through the network's invite form.
    const coordinator = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(coordinator, base, DEMO_COORDINATOR);
    await coordinator.goto(`${base}${SBCR}/manage`);
    const invite = coordinator.locator(`form[action='${SBCR}/invitations']`);
    await invite.locator("input[name=email]").fill(email);
    await invite.locator("select[name=role]").selectOption("member");
    expect(await submitAndWait(coordinator, invite.locator("[type=submit]"))).toBe(303);
    expect(await coordinator.locator("main").textContent()).toContain(email);

    // The invitation arrives by mail; its page names the network; accepting leads to the network.
    const mail = await app.smtp.waitFor(email, (m) => m.text.includes("/invitations/"), 15_000);
    await person.goto(linkIn(mail, `${base}/invitations/`));
    expect(await person.locator("h1").textContent()).toContain("Sistema bibliotecario Castelli Romani");
    await expectNoAxeViolations(person, "invitation page");
    const accept = person.locator("main form[action$='/accept'] button");
    expect(await submitAndWait(person, accept)).toBe(303);
    expect(new URL(person.url()).pathname).toBe(SBCR);
    expect(await person.locator(".alert-success").count()).toBe(1);
    expect(await person.locator("main").textContent()).toContain("Nuova Persona");

    // Switch the interface to English with the header's language switch; it stays English.
    await Promise.all([
      person.waitForURL(/lang=en/),
      person.locator("nav.lang-switch a[hreflang=en]").click(),
    ]);
    expect(await person.getAttribute("html", "lang")).toBe("en");
    expect(new URL(person.url()).pathname).toBe(SBCR);
    await person.goto(`${base}/account`);
    expect(await person.getAttribute("html", "lang")).toBe("en");
    expect(await person.locator("header form[action='/sign-out'] button").textContent()).toContain(
      "Sign out",
    );
  });
});
