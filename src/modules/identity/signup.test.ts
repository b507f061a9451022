import { describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount } from "../../../test/helpers/factories.ts";
import { followLink, tokenOf, withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { findAccountByEmail } from "./accounts.repo.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime(
  (r) => {
    t = r.t;
    smtp = r.smtp;
  },
  {
    limits: {
      signUpPerIp: { max: 1000, windowSeconds: 3600 },
      emailLinksPerAddress: { max: 50, windowSeconds: 3600 },
    },
  },
);

const HOUR = 3_600_000;
const form = (o: Partial<Record<string, string>> = {}) => ({
  name: "Chiara Esposito",
  email: `chiara-${Math.random().toString(36).slice(2)}@comune.example.it`,
  password: "una password lunga abbastanza",
  language: "it",
  ...o,
});

describe("sign up", () => {
  it("creates an unverified account, mails a link, and the link verifies and signs in", async () => {
    const c = new Client(t);
    const f = form();
    const res = await c.submit("/sign-up", "/sign-up", f);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Controlla la posta");
    // The account is made by the job that mails the link (signup.service.ts), after the answer.
    const mail = await smtp.waitFor(f.email);
    const row = await findAccountByEmail(t.deps.db, f.email);
    expect(row?.email_verified_at).toBeNull();
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(mail.subject).toBe("Conferma il tuo indirizzo email");
    expect(mail.from).toBe("noreply@localhost");
    expect(mail.text).toContain("Ciao Chiara Esposito,");
    expect(mail.html).toContain('<a href="http://localhost:3000/verify-email?token=');
    const link = linkIn(mail, "http://localhost:3000/verify-email?token=");
    // Only the hash is stored: the token in the mail is nowhere in the table.
    const token = new URL(link).searchParams.get("token")!;
    const { rows } = await t.deps.pool.query("select id from auth_tokens where account_id = $1", [row!.id]);
    expect(rows.map((r) => r.id)).not.toContain(token);

    // Opening the link (as a mail scanner would, twice) shows a button and changes nothing.
    for (const scanner of [new Client(t), c]) {
      const opened = await scanner.get(pathOf(link));
      expect(opened.status).toBe(200);
      const page = await opened.text();
      expect(page).toContain(">Conferma il tuo indirizzo</button>");
      expect(page).toContain(`name="token" value="${token}"`);
      expect(page).toContain(f.email);
    }
    expect(c.cookies.has("bottega_session")).toBe(false);
    expect((await findAccountByEmail(t.deps.db, f.email))?.email_verified_at).toBeNull();

    // Pressing the button uses it.
    const verified = await followLink(c, link);
    expect(verified.status).toBe(303);
    expect(verified.headers.get("location")).toBe("/account");
    expect(c.cookies.has("bottega_session")).toBe(true);
    expect((await findAccountByEmail(t.deps.db, f.email))?.email_verified_at).not.toBeNull();
    const account = await (await c.get("/account")).text();
    expect(account).toContain("Indirizzo email confermato");
    expect(account).toContain(f.email);

    // The same link a second time is refused, plainly.
    const again = await new Client(t).get(pathOf(link));
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("già stato usato");
    const other = new Client(t);
    const posted = await other.submit("/verify-email/resend", "/verify-email", { token });
    expect(posted.status).toBe(410);
    expect(other.cookies.has("bottega_session")).toBe(false);
  });

  it("shows the confirmation page in English, and a link without its form posted is refused", async () => {
    const f = form({ language: "en" });
    await new Client(t).submit("/sign-up", "/sign-up", f);
    const link = linkIn(await smtp.waitFor(f.email), "http://localhost:3000/verify-email?token=");
    const c = new Client(t, { "accept-language": "en" });
    const html = await (await c.get(pathOf(link))).text();
    expect(html).toContain("<h1>Confirm your email address</h1>");
    expect(html).toContain(">Confirm your address</button>");
    const wrong = await c.submit(pathOf(link), "/verify-email", { token: "made-up" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("The link is not valid");
    expect(c.cookies.has("bottega_session")).toBe(false);
    expect((await findAccountByEmail(t.deps.db, f.email))?.email_verified_at).toBeNull();
    expect((await followLink(c, link)).status).toBe(303);
    expect((await findAccountByEmail(t.deps.db, f.email))?.email_verified_at).not.toBeNull();
  });

  it("writes the mail in the language chosen on the form", async () => {
    const f = form({ language: "en", name: "Anna Virtanen" });
    await new Client(t, { "accept-language": "en" }).submit("/sign-up", "/sign-up", f);
    const mail = await smtp.waitFor(f.email);
    expect(mail.subject).toBe("Confirm your email address");
    expect(mail.text).toContain("Hello Anna Virtanen,");
  });

  it("refuses an expired link with a clear message and offers a new one", async () => {
    const f = form();
    await new Client(t).submit("/sign-up", "/sign-up", f);
    const link = linkIn(await smtp.waitFor(f.email), "http://localhost:3000/verify-email?token=");
    t.clock.advance(48 * HOUR + 1000);
    const c = new Client(t);
    const res = await c.get(pathOf(link));
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain("Il link è scaduto");
    expect(html).toContain('href="/verify-email/resend"');
    expect(c.cookies.has("bottega_session")).toBe(false);
    expect((await findAccountByEmail(t.deps.db, f.email))?.email_verified_at).toBeNull();
    // Posting the token anyway changes nothing either.
    const posted = await c.submit("/verify-email/resend", "/verify-email", { token: tokenOf(link) });
    expect(posted.status).toBe(410);
    expect(c.cookies.has("bottega_session")).toBe(false);
    expect((await findAccountByEmail(t.deps.db, f.email))?.email_verified_at).toBeNull();

    // Re-sending gives a fresh link that works.
    smtp.clear();
    const resent = await c.submit("/verify-email/resend", "/verify-email/resend", { email: f.email });
    expect(resent.status).toBe(200);
    const fresh = linkIn(await smtp.waitFor(f.email), "http://localhost:3000/verify-email?token=");
    expect(fresh).not.toBe(link);
    expect((await followLink(c, fresh)).status).toBe(303);
    expect((await findAccountByEmail(t.deps.db, f.email))?.email_verified_at).not.toBeNull();
  });

  it("refuses an unknown token", async () => {
    const res = await new Client(t, { "accept-language": "en" }).get("/verify-email?token=made-up");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("The link is not valid");
  });

  it("does not reveal an existing account: same page, and the owner is told by mail", async () => {
    const existing = await buildAccount(t, { name: "Marco Bianchi" });
    const res = await new Client(t).submit(
      "/sign-up",
      "/sign-up",
      form({ email: existing.email.toUpperCase() }),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Controlla la posta");
    const mail = await smtp.waitFor(existing.email);
    expect(mail.subject).toBe("Hai già un account su Bottega");
    expect(mail.text).toContain("http://localhost:3000/sign-in");
    expect(mail.text).not.toContain("verify-email");
    // The account is untouched.
    const row = await findAccountByEmail(t.deps.db, existing.email);
    expect(row?.name).toBe("Marco Bianchi");
  });

  it("shows validation errors on the same form in Italian, keeping the input and storing nothing", async () => {
    const c = new Client(t);
    const f = form({ name: "Luca Neri", password: "corta", email: "luca-neri@example.org" });
    const res = await c.submit("/sign-up", "/sign-up", f);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("La password deve avere almeno 10 caratteri.");
    expect(html).toContain('value="Luca Neri"');
    expect(html).toContain('value="luca-neri@example.org"');
    expect(html).not.toContain('value="corta"');
    expect(html).toContain('aria-invalid="true"');
    expect(await findAccountByEmail(t.deps.db, "luca-neri@example.org")).toBeUndefined();
    expect(smtp.messages).toHaveLength(0);
  });

  it("refuses one of the 10,000 most common passwords, saying why, and stores nothing", async () => {
    const f = form({ password: "qwertyuiop", email: "comune-password@example.org" });
    const res = await new Client(t).submit("/sign-up", "/sign-up", f);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Questa password è tra le più usate al mondo");
    expect(html).not.toContain('value="qwertyuiop"');
    expect(await findAccountByEmail(t.deps.db, f.email)).toBeUndefined();
  });

  it("shows validation errors in English too", async () => {
    const c = new Client(t, { "accept-language": "en" });
    const res = await c.submit("/sign-up", "/sign-up", {
      name: "",
      email: "not-an-email",
      password: "",
      language: "xx",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("The form has errors");
    expect(html).toContain('value="not-an-email"');
    expect(html).toContain("The password must be at least 10 characters long.");
    expect(await findAccountByEmail(t.deps.db, "not-an-email")).toBeUndefined();
  });
});

describe("sign-up limits", () => {
  it("limits sign-ups per address and per IP with a message on the form", async () => {
    const limited = await createTestRuntime({
      env: { SMTP_URL: smtp.url },
      limits: {
        signUpPerIp: { max: 3, windowSeconds: 3600 },
        emailLinksPerAddress: { max: 1, windowSeconds: 3600 },
      },
    });
    try {
      const c = new Client(limited);
      const f = form();
      expect((await c.submit("/sign-up", "/sign-up", f)).status).toBe(200);
      const second = await c.submit("/sign-up", "/sign-up", f);
      expect(second.status).toBe(429);
      expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
      const html = await second.text();
      expect(html).toContain("Abbiamo già inviato diverse email a questo indirizzo");
      expect(html).toContain(`value="${f.email}"`);
      await smtp.waitFor(f.email);
      expect(smtp.to(f.email)).toHaveLength(1);
      expect((await c.submit("/sign-up", "/sign-up", form())).status).toBe(200);
      const perIp = await c.submit("/sign-up", "/sign-up", form());
      expect(perIp.status).toBe(429);
      expect(await perIp.text()).toContain("Troppe registrazioni");
    } finally {
      await limited.close();
    }
  });
});
