import { describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount } from "../../../test/helpers/factories.ts";
import { followLink, withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { findAccountByEmail } from "./accounts.repo.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime((r) => {
  t = r.t;
  smtp = r.smtp;
});

const OPEN = "http://localhost:3000/sign-in/link/open?token=";

describe("sign-in link", () => {
  it("is offered on the sign-in page", async () => {
    const html = await (await new Client(t).get("/sign-in")).text();
    expect(html).toContain('href="/sign-in/link"');
    expect(html).toContain('href="/password/forgot"');
    expect(html).toContain('href="/sign-up"');
  });

  it("mails a single-use link that signs in and confirms the address", async () => {
    const a = await buildAccount(t, { verified: false, name: "Sara Conti" });
    const c = new Client(t);
    const res = await c.submit("/sign-in/link", "/sign-in/link", { email: a.email });
    expect(res.status).toBe(200);
    const mail = await smtp.waitFor(a.email);
    expect(mail.subject).toBe("Il tuo link per accedere a Bottega");
    expect(mail.text).toContain("15 minuti");
    const link = pathOf(linkIn(mail, OPEN));
    // Opening the link (a mail scanner does, before the person) signs nobody in and uses nothing.
    const scanned = await new Client(t).get(link);
    expect(scanned.status).toBe(200);
    const page = await scanned.text();
    expect(page).toContain(">Accedi</button>");
    expect(page).toContain(a.email);
    expect((await findAccountByEmail(t.deps.db, a.email))?.email_verified_at).toBeNull();
    expect((await c.get(link)).status).toBe(200);
    expect(c.cookies.has("bottega_session")).toBe(false);
    // The button uses it.
    const opened = await followLink(c, link);
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe("/me");
    expect(await (await c.get("/")).text()).toContain("Sara Conti");
    expect((await findAccountByEmail(t.deps.db, a.email))?.email_verified_at).not.toBeNull();

    const second = new Client(t);
    const reused = await second.get(link);
    expect(reused.status).toBe(410);
    expect(await reused.text()).toContain("già stato usato");
    const token = new URL(link, "http://localhost:3000").searchParams.get("token")!;
    const reposted = await second.submit("/sign-in/link", "/sign-in/link/open", { token });
    expect(reposted.status).toBe(410);
    expect(second.cookies.has("bottega_session")).toBe(false);
  });

  it("expires after 15 minutes", async () => {
    const a = await buildAccount(t);
    const c = new Client(t, { "accept-language": "en" });
    await c.submit("/sign-in/link", "/sign-in/link", { email: a.email });
    const link = pathOf(linkIn(await smtp.waitFor(a.email), OPEN));
    // The page opened in time shows the button in English.
    const page = await (await c.get(link)).text();
    expect(page).toContain("<h1>Sign in to Bottega</h1>");
    expect(page).toContain(">Sign in</button>");
    t.clock.advance(15 * 60_000 + 1);
    const res = await c.get(link);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("The link has expired");
    // Pressing the button of the page opened earlier is refused too.
    const token = new URL(link, "http://localhost:3000").searchParams.get("token")!;
    expect((await c.submit("/sign-in/link", "/sign-in/link/open", { token })).status).toBe(410);
    expect(c.cookies.has("bottega_session")).toBe(false);
  });

  it("a newer link replaces the older one", async () => {
    const a = await buildAccount(t);
    const c = new Client(t);
    await c.submit("/sign-in/link", "/sign-in/link", { email: a.email });
    const first = pathOf(linkIn(await smtp.waitFor(a.email), OPEN));
    smtp.clear();
    await c.submit("/sign-in/link", "/sign-in/link", { email: a.email });
    const second = pathOf(linkIn(await smtp.waitFor(a.email), OPEN));
    expect((await c.get(first)).status).toBe(410);
    expect((await followLink(c, second)).status).toBe(303);
  });

  it("answers the same for an unknown address", async () => {
    const res = await new Client(t).submit("/sign-in/link", "/sign-in/link", { email: "ghost@example.org" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Se ghost@example.org appartiene a un account");
    await new Promise((r) => setTimeout(r, 100));
    expect(smtp.messages).toHaveLength(0);
  });
});
