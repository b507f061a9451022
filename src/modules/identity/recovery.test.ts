import { describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { findAccountByEmail } from "./accounts.repo.ts";
import { verifyPassword } from "./passwords.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime((r) => {
  t = r.t;
  smtp = r.smtp;
});

const RESET = "http://localhost:3000/password/reset?token=";
const NEW_PASSWORD = "una nuova password molto lunga";

describe("password reset", () => {
  it("mails a link; the link sets a new password, ends every session and signs in", async () => {
    const a = await buildAccount(t, { language: "en", name: "Elin Berg" });
    const elsewhere = await signedIn(t, a.id);
    const c = new Client(t);
    const res = await c.submit("/password/forgot", "/password/forgot", { email: a.email });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Controlla la posta");
    const mail = await smtp.waitFor(a.email);
    expect(mail.subject).toBe("Reset your password");
    expect(mail.text).toContain("60 minutes");

    const link = pathOf(linkIn(mail, RESET));
    const formPage = await c.get(link);
    expect(formPage.status).toBe(200);
    const html = await formPage.text();
    expect(html).toContain('name="password"');
    const token = new URL(linkIn(mail, RESET)).searchParams.get("token")!;

    const done = await c.submit(link, "/password/reset", { token, password: NEW_PASSWORD });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/account");
    expect(c.cookies.has("bottega_session")).toBe(true);
    const row = await findAccountByEmail(t.deps.db, a.email);
    expect(await verifyPassword(row!.password_hash!, NEW_PASSWORD)).toBe(true);
    // The other browser's session is gone.
    expect((await elsewhere.get("/account")).status).toBe(303);
    expect((await c.get("/account")).status).toBe(200);
    // The new password signs in; the old one does not.
    const fresh = new Client(t);
    expect(
      (await fresh.submit("/sign-in", "/sign-in", { email: a.email, password: a.password })).status,
    ).toBe(401);
    expect(
      (await fresh.submit("/sign-in", "/sign-in", { email: a.email, password: NEW_PASSWORD })).status,
    ).toBe(303);
    // The link worked once.
    const reused = await new Client(t).get(link);
    expect(reused.status).toBe(410);
    expect(await reused.text()).toContain("già stato usato");
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const res = await new Client(t).submit("/password/forgot", "/password/forgot", {
      email: "nobody@example.org",
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Se nobody@example.org appartiene a un account");
    await new Promise((r) => setTimeout(r, 100));
    expect(smtp.messages).toHaveLength(0);
  });

  it("refuses a link after an hour, showing no form", async () => {
    const a = await buildAccount(t);
    const c = new Client(t, { "accept-language": "en" });
    await c.submit("/password/forgot", "/password/forgot", { email: a.email });
    const link = linkIn(await smtp.waitFor(a.email), RESET);
    t.clock.advance(60 * 60_000 + 1);
    const res = await c.get(pathOf(link));
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain("The link has expired");
    expect(html).not.toContain('name="password"');
    // Posting the form anyway changes nothing.
    const token = new URL(link).searchParams.get("token")!;
    const post = await c.submit("/password/forgot", "/password/reset", { token, password: NEW_PASSWORD });
    expect(post.status).toBe(410);
    const row = await findAccountByEmail(t.deps.db, a.email);
    expect(await verifyPassword(row!.password_hash!, a.password)).toBe(true);
  });

  it("keeps the form with a message when the new password is too short", async () => {
    const a = await buildAccount(t);
    const c = new Client(t);
    await c.submit("/password/forgot", "/password/forgot", { email: a.email });
    const link = linkIn(await smtp.waitFor(a.email), RESET);
    const token = new URL(link).searchParams.get("token")!;
    const res = await c.submit(pathOf(link), "/password/reset", { token, password: "short" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("La password deve avere almeno 10 caratteri.");
    expect(html).toContain(`value="${token}"`);
    // The link is still good after a failed attempt.
    expect((await c.submit(pathOf(link), "/password/reset", { token, password: NEW_PASSWORD })).status).toBe(
      303,
    );
  });

  it("refuses one of the most common passwords as the new one, in the page's language", async () => {
    const a = await buildAccount(t);
    const c = new Client(t, { "accept-language": "en" });
    await c.submit("/password/forgot", "/password/forgot", { email: a.email });
    const link = linkIn(await smtp.waitFor(a.email), RESET);
    const token = new URL(link).searchParams.get("token")!;
    const res = await c.submit(pathOf(link), "/password/reset", { token, password: "1q2w3e4r5t" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("This password is among the most used in the world");
    const row = await findAccountByEmail(t.deps.db, a.email);
    expect(await verifyPassword(row!.password_hash!, a.password)).toBe(true);
  });

  it("shows an invalid email on the same form", async () => {
    const res = await new Client(t, { "accept-language": "en" }).submit(
      "/password/forgot",
      "/password/forgot",
      {
        email: "nope",
      },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Enter a valid email address");
    expect(html).toContain('value="nope"');
  });
});
