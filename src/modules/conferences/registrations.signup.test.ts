// Public registration through the real SMTP sink: register with name + email, the mailed link (GET
// shows a button, POST confirms), bad input kept on the form, registering again. Set-up shared
// through registrations.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { followLink } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { registrationsOf } from "./registrations.repo.ts";
import { registrationByAccess } from "./registrations.service.ts";
import { address, BASE, useConferenceRegistrations } from "./registrations.test-kit.ts";
import type { Conference } from "./types.ts";

const kit = useConferenceRegistrations();
const { registerAndConfirm } = kit;
let t: TestRuntime;
let smtp: SmtpSink;
let conf: Conference;
beforeAll(() => {
  ({ t, smtp, conf } = kit);
});

describe("registration without an account", () => {
  it("mails a link whose GET only shows a button; the POST confirms once and mails the code", async () => {
    const c = new Client(t);
    const email = address();
    await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "Marta Neri",
      email,
    });
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toContain("Interactive Cities Genova");
    const link = linkIn(mail, `${BASE}/conferences/registrations/confirm`);
    // A scanner opening the link twice confirms nothing.
    for (let i = 0; i < 2; i++) {
      const page = await new Client(t).get(pathOf(link));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Confermo l&#39;iscrizione");
    }
    const done = await followLink(c, link);
    expect(done.status).toBe(303);
    const registered = await smtp.waitFor(email, (m) => /Iscrizione confermata/.test(m.subject));
    const code = /codice d'ingresso è ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(registered.text)?.[1];
    expect(code).toBeTruthy();
    const mePage = await c.get(done.headers.get("location")!);
    const html = await mePage.text();
    expect(mePage.status).toBe(200);
    expect(html).toContain(code!);
    expect(html).toContain("Iscrizione confermata");
    // A QR code for the desk: labelled, its SVG hidden from assistive technology.
    expect(html).toContain(`aria-label="Codice QR per la registrazione della presenza, codice ${code}"`);
    expect(html).toContain('aria-hidden="true" focusable="false"');
    // The link is used: opening it again says so plainly (no 500).
    const again = await new Client(t).get(pathOf(link));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("già stato usato");
  });

  it("refuses bad input on the same form, with the input kept and no 500", async () => {
    const c = new Client(t);
    const res = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "",
      email: "not-an-email",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="not-an-email"');
    expect(html).toContain('aria-invalid="true"');
    await jobsSettled(t);
    expect(smtp.messages).toHaveLength(0);
    const junk = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "<script>x</script>",
      email: `${"a".repeat(300)}@example.org`,
    });
    expect(junk.status).toBe(422);
    for (const path of [
      "/conferences/registrations/confirm?token=nope",
      "/conferences/registrations/confirm",
      `/conferences/${conf.slug}/me?t=nope`,
      `/conferences/${conf.slug}/me`,
      `/conferences/${conf.slug}/me/certificate.pdf?t=x`,
      "/conferences/no-such-conference",
      `/conferences/${conf.slug}/speakers/not-a-uuid/photo`,
      "/certificates/%00%ff",
    ]) {
      const r = await c.get(path);
      expect(r.status, path).toBeLessThan(500);
      expect([400, 404, 410]).toContain(r.status);
    }
    const post = await c.post("/conferences/registrations/confirm", {
      _csrf: await c.csrf(`/conferences/${conf.slug}`),
      token: "x",
    });
    expect(post.status).toBe(400);
  });

  it("registering a confirmed address again answers as for a new address; the mail says it is already registered", async () => {
    const c = new Client(t);
    const email = address();
    const { me } = await registerAndConfirm(c, email);
    // What the page says to a new address, with the address's own part left out.
    const fresh = address();
    const newPage = await (
      await new Client(t).submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
        name: "Someone Else",
        email: fresh,
      })
    ).text();
    await jobsSettled(t);
    smtp.clear();
    const again = await new Client(t).submit(
      `/conferences/${conf.slug}`,
      `/conferences/${conf.slug}/register`,
      { name: "Someone Else", email: email.toUpperCase() },
    );
    // Same status, same page: nothing tells whoever typed the address that it is registered.
    expect(again.status).toBe(200);
    const html = await again.text();
    const withoutAddress = (page: string, a: string) =>
      page.replaceAll(a, "ADDRESS").replace(/name="_csrf" value="[^"]*"/g, "");
    expect(withoutAddress(html, email.toUpperCase())).toBe(withoutAddress(newPage, fresh));
    expect(html).toContain("Controlla la posta");
    expect(html).not.toContain("già iscritt");
    // The page never shows the registration: its link is mailed to the address only.
    expect(html).not.toContain("/me?t=");
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toContain("Hai già un'iscrizione");
    expect(mail.text).toContain("l'iscrizione c'è già, non serve fare altro");
    expect(linkIn(mail, `${BASE}/conferences/${conf.slug}/me?`)).toBeTruthy();
    // Nothing was changed by the refused attempt.
    const access = new URL(me, BASE).searchParams.get("t")!;
    const { registration } = await registrationByAccess(t.deps, conf.slug, access);
    expect(registration.name).toBe("Giulia Bianchi");
    await jobsSettled(t);
    expect(smtp.to(email)).toHaveLength(1);

    const en = new Client(t);
    await en.get("/?lang=en");
    const english = await en.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "Giulia Bianchi",
      email,
    });
    expect(english.status).toBe(200);
    const englishPage = await english.text();
    expect(englishPage).toContain("Check your mail");
    expect(englishPage).not.toContain("already registered");

    let last = 200;
    for (let i = 0; i < 5; i++) {
      last = (
        await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
          name: "X",
          email,
        })
      ).status;
    }
    expect(last).toBe(429);
  });

  it("registering again before confirming mails a fresh link and the older one stops working", async () => {
    const c = new Client(t);
    const email = address();
    const form = { name: "Paola Gialli", email };
    expect(
      (await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, form)).status,
    ).toBe(200);
    const first = linkIn(await smtp.waitFor(email), `${BASE}/conferences/registrations/confirm`);
    await jobsSettled(t);
    smtp.clear();
    const again = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, form);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("Controlla la posta");
    const second = linkIn(await smtp.waitFor(email), `${BASE}/conferences/registrations/confirm`);
    expect(second).not.toBe(first);
    expect((await new Client(t).get(pathOf(first))).status).toBe(400);
    expect((await followLink(c, second)).status).toBe(303);
    // One registration for the address, not two.
    const rows = await registrationsOf(t.deps.db, conf.id);
    expect(rows.filter((r) => r.email === email)).toHaveLength(1);
  });
});
