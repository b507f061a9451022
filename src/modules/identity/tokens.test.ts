// Personal access tokens (issue 11, item 7): they end (90 days unless chosen), may be read-only, are
// mailed about when made, and are revoked when the account is taken back (password reset or change,
// signing out everywhere).
import { describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { createApiToken } from "./tokens.service.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime((r) => {
  t = r.t;
  smtp = r.smtp;
});

const DAY = 86_400_000;
const api = (path: string, token: string, init: RequestInit = {}) =>
  t.app.request(`/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });
const me = (token: string) => api("/me", token);
const ticket = (token: string) => api("/live/tickets", token, { method: "POST" });

/** Makes a token through the account page; answers its value (shown once) and the page. */
async function makeOnPage(c: Client, fields: Record<string, string>) {
  const res = await c.submit("/account/tokens", "/account/tokens", fields);
  const html = await res.text();
  expect(res.status, html).toBe(201);
  const token = /<code id="new-token"[^>]*>([^<]+)<\/code>/.exec(html)?.[1]?.trim() ?? "";
  expect(token).toMatch(/^bt_/);
  return { token, html };
}

describe("making a token", () => {
  it("offers a lifetime and read-only, shows both in the list, and mails the owner", async () => {
    const a = await buildAccount(t, { language: "en", name: "Elin Berg" });
    const c = await signedIn(t, a.id);
    const form = await (await c.get("/account/tokens")).text();
    expect(form).toContain('name="days"');
    for (const d of ["30", "90", "365"]) expect(form).toContain(`<option value="${d}"`);
    expect(form).toContain('name="readOnly"');

    const { token, html } = await makeOnPage(c, { name: "Sito del comune", days: "30", readOnly: "on" });
    expect(html).toContain("with read only permissions");
    const list = await (await c.get("/account/tokens?lang=en")).text();
    const row = /<tr>\s*<td>Sito del comune<\/td>(.*?)<\/tr>/s.exec(list)?.[1] ?? "";
    const expires = new Date(t.clock.now().getTime() + 30 * DAY);
    const expected = new Intl.DateTimeFormat("en-GB", {
      dateStyle: "long",
      timeZone: t.config.timeZone,
    }).format(expires);
    expect(row).toContain(expected);
    expect(row).toContain("read only");

    const mail = await smtp.waitFor(a.email);
    expect(mail.subject).toBe("New API access token on your account");
    expect(mail.text).toContain("“Sito del comune”");
    expect(mail.text).toContain("read only");
    expect(mail.text).toContain(expected);
    expect(mail.text).toContain("http://localhost:3000/account/tokens");
    expect((await me(token)).status).toBe(200);
  });

  it("lasts 90 days by default and refuses a lifetime the form does not offer", async () => {
    const a = await buildAccount(t);
    const c = await signedIn(t, a.id);
    const bad = await c.submit("/account/tokens", "/account/tokens", { name: "x", days: "5000" });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Scegli una delle opzioni");
    const made = await createApiToken(t.deps, a.id, "default");
    expect(made.expiresAt.getTime() - t.clock.now().getTime()).toBe(90 * DAY);
    expect(made.readOnly).toBe(false);
  });
});

describe("a read-only token", () => {
  it("reads, but anything that could change data is a 403 problem", async () => {
    const a = await buildAccount(t);
    const readOnly = (await createApiToken(t.deps, a.id, { name: "ro", readOnly: true })).token;
    const full = (await createApiToken(t.deps, a.id, { name: "rw" })).token;
    expect((await me(readOnly)).status).toBe(200);
    const refused = await ticket(readOnly);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(await refused.json()).toMatchObject({ status: 403, code: "read-only-token" });
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      expect((await api("/me", readOnly, { method })).status).toBe(403);
    }
    expect((await ticket(full)).status).toBe(200);
  });
});

describe("taking the account back revokes every token", () => {
  it("on signing out everywhere", async () => {
    const a = await buildAccount(t);
    const { token } = await createApiToken(t.deps, a.id, "x");
    expect((await me(token)).status).toBe(200);
    const c = await signedIn(t, a.id);
    const out = await c.submit("/account", "/account/sign-out-everywhere", {});
    expect(out.status).toBe(303);
    expect((await me(token)).status).toBe(401);
  });

  it("on changing the password", async () => {
    const a = await buildAccount(t);
    const { token } = await createApiToken(t.deps, a.id, "x");
    const c = await signedIn(t, a.id);
    const res = await c.submit("/account/password", "/account/password", {
      currentPassword: a.password,
      newPassword: "una password nuova e lunga",
    });
    expect(res.status).toBe(303);
    expect((await me(token)).status).toBe(401);
    // The list no longer shows it.
    expect(await (await c.get("/account/tokens")).text()).not.toContain("<td>x</td>");
  });

  it("on resetting the password through the mailed link", async () => {
    const a = await buildAccount(t);
    const { token } = await createApiToken(t.deps, a.id, "x");
    const c = new Client(t);
    await c.submit("/password/forgot", "/password/forgot", { email: a.email });
    const mail = await smtp.waitFor(a.email, (m) => m.text.includes("/password/reset?token="));
    const link = linkIn(mail, "http://localhost:3000/password/reset?token=");
    const resetToken = new URL(link).searchParams.get("token")!;
    const done = await c.submit(pathOf(link), "/password/reset", {
      token: resetToken,
      password: "una password nuova e lunga",
    });
    expect(done.status).toBe(303);
    expect((await me(token)).status).toBe(401);
  });
});

describe("expiry", () => {
  it("a token stops working at its end with 401, and the list says it expired", async () => {
    const a = await buildAccount(t);
    const short = (await createApiToken(t.deps, a.id, { name: "breve", days: 30 })).token;
    const usual = (await createApiToken(t.deps, a.id, "solito")).token;
    t.clock.advance(30 * DAY + 1000);
    const res = await me(short);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await me(usual)).status).toBe(200);
    t.clock.advance(60 * DAY);
    expect((await me(usual)).status).toBe(401);
    const c = await signedIn(t, a.id);
    expect(await (await c.get("/account/tokens")).text()).toContain("Scaduto il");
  });
});
