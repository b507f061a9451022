// OpenID Connect sign-in against a real provider (oidc-provider) over real HTTP on 127.0.0.1; the
// app is driven through its request handler with a cookie-keeping Client, as a browser would be.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount } from "../../../test/helpers/factories.ts";
import { mailsTo } from "../../../test/helpers/labs.ts";
import {
  startOidcProvider,
  type TestOidcProvider,
  throughProvider,
} from "../../../test/helpers/oidc-provider.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { findAccountByEmail } from "./accounts.repo.ts";
import { linkIdentity } from "./oidc.repo.ts";
import { isLoopbackIssuer } from "./oidc.service.ts";

const APP = "http://localhost:3000";
let provider: TestOidcProvider;
let t: TestRuntime;

beforeAll(async () => {
  provider = await startOidcProvider(`${APP}/sign-in/oidc/callback`);
  t = await createTestRuntime({ env: provider.env("Login di prova") });
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

const sessionsOf = async (accountId: string) =>
  (await t.deps.pool.query("select count(*)::int as n from sessions where account_id = $1", [accountId]))
    .rows[0].n as number;

/** The confirmation link (a path) in a mail. */
const linkIn = (mail: { text?: string | false }) =>
  /http:\/\/localhost:3000(\/sign-in\/oidc\/link\?token=[\w-]+)/.exec(String(mail.text ?? ""))![1]!;

let n = 0;
/** A person at the provider with these claims, logged in at the next interaction. */
function atProvider(claims: { email?: string; email_verified?: boolean | string; name?: string }) {
  const sub = `person-${++n}`;
  provider.people.set(sub, claims);
  provider.loginAs(sub);
  return sub;
}

/** Starts at /sign-in/oidc, goes through the provider, and lands on the app's callback. */
async function signInWithProvider(client: Client, next?: string): Promise<{ res: Response; callback: URL }> {
  const start = await client.get(next ? `/sign-in/oidc?next=${encodeURIComponent(next)}` : "/sign-in/oidc");
  expect(start.status).toBe(303);
  const to = new URL(start.headers.get("location")!);
  expect(to.origin).toBe(provider.issuer);
  expect(to.searchParams.get("code_challenge_method")).toBe("S256");
  expect(to.searchParams.get("state")).toBeTruthy();
  expect(to.searchParams.get("nonce")).toBeTruthy();
  expect(to.searchParams.get("redirect_uri")).toBe(`${APP}/sign-in/oidc/callback`);
  const oidcCookie = start.headers.getSetCookie().find((c) => c.startsWith("bottega_oidc="));
  expect(oidcCookie).toMatch(/HttpOnly/i);
  expect(oidcCookie).toMatch(/Max-Age=600/i);
  const callback = await throughProvider(to.href, APP);
  expect(callback.pathname).toBe("/sign-in/oidc/callback");
  const res = await client.get(callback.pathname + callback.search);
  return { res, callback };
}

describe("OpenID Connect sign-in", () => {
  it("shows 'Accedi con …' on the sign-in page when configured, carrying next", async () => {
    const html = await (await new Client(t).get("/sign-in?next=/networks")).text();
    expect(html).toContain("Accedi con Login di prova");
    expect(html).toContain('href="/sign-in/oidc?next=%2Fnetworks"');
  });

  it("creates a verified account without a password for a new verified email, and signs it in", async () => {
    atProvider({ email: "chiara.conti@comune.example.it", email_verified: true, name: "Chiara Conti" });
    const client = new Client(t);
    const { res } = await signInWithProvider(client, "/networks");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/networks");
    const session = res.headers.getSetCookie().find((c) => c.startsWith("bottega_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(client.cookies.has("bottega_oidc")).toBe(false);

    const account = await findAccountByEmail(t.deps.db, "chiara.conti@comune.example.it");
    expect(account).toMatchObject({ name: "Chiara Conti", password_hash: null, language: "it" });
    expect(account?.email_verified_at).toBeInstanceOf(Date);
    const home = await (await client.get("/")).text();
    expect(home).toContain("Chiara Conti");
    // The app's own requests (discovery, keys, token) went through the guarded outbound fetch,
    // which names the instance; the provider is on 127.0.0.1, reached as the configured issuer.
    const fromApp = provider.requests.filter((r) => r.userAgent?.startsWith("Bottega/"));
    expect(fromApp.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/.well-known/openid-configuration", "/token"]),
    );
    expect(fromApp.every((r) => r.userAgent === fromApp[0]!.userAgent)).toBe(true);
    expect(fromApp[0]!.userAgent).toMatch(/^Bottega\/\S+ \(\+http:\/\/localhost:3000\)$/);
  });

  it("does not sign an existing account in on the provider's word: it mails the account a one-time link", async () => {
    const existing = await buildAccount(t, {
      email: "marco.gallo@museo.example.it",
      verified: false,
      name: "Marco Gallo",
      language: "en",
    });
    const before = await t.deps.pool.query("select count(*)::int as n from accounts");
    const sub = atProvider({
      email: "Marco.Gallo@Museo.Example.IT",
      email_verified: true,
      name: "M. Gallo (provider)",
    });
    const client = new Client(t);
    const { res } = await signInWithProvider(client, "/networks");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Controlla la posta");
    expect(page).toContain("Esiste già un account Bottega con l&#39;indirizzo marco.gallo@museo.example.it");
    expect(client.cookies.has("bottega_session")).toBe(false);
    expect(await sessionsOf(existing.id)).toBe(0);
    const after = await t.deps.pool.query("select count(*)::int as n from accounts");
    expect(after.rows[0].n).toBe(before.rows[0].n);

    // The mail goes to the account's own address, in its language, with a single-use link.
    const [mail] = await mailsTo(t, existing.email);
    expect(mail!.subject).toBe("Confirm signing in to your account with Login di prova");
    expect(mail!.text).toContain("as Marco.Gallo@Museo.Example.IT");
    const link = linkIn(mail!);

    // Opening it (a mail scanner would too) changes nothing; the button links and signs in.
    const opened = await client.get(link);
    expect(opened.status).toBe(200);
    expect(await sessionsOf(existing.id)).toBe(0);
    const token = new URL(link, APP).searchParams.get("token")!;
    const done = await client.submit(link, "/sign-in/oidc/link", { token });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/networks");
    expect(await sessionsOf(existing.id)).toBe(1);
    const account = await findAccountByEmail(t.deps.db, existing.email);
    expect(account?.email_verified_at).toBeInstanceOf(Date);
    // The account's own name and password stay as they were.
    expect(account?.name).toBe("Marco Gallo");
    expect(account?.password_hash).not.toBeNull();
    expect(await (await client.get("/")).text()).toContain("Marco Gallo");

    // The link works once.
    const reused = await client.post("/sign-in/oidc/link", { _csrf: await client.csrf(), token });
    expect(reused.status).toBe(410);
    const again = await new Client(t).get(link);
    expect(again.status).toBe(410);

    // From now on, this identity signs in directly, with no mail.
    provider.loginAs(sub);
    const mailsBefore = (await mailsTo(t, existing.email)).length;
    const fresh = new Client(t);
    const second = await signInWithProvider(fresh);
    expect(second.res.status).toBe(303);
    expect(fresh.cookies.has("bottega_session")).toBe(true);
    expect((await mailsTo(t, existing.email)).length).toBe(mailsBefore);
  });

  it("asks an admin's mailbox too, and another identity claiming a linked address must confirm again", async () => {
    const admin = await buildAccount(t, { email: "admin.vero@regione.example.it", isAdmin: true });
    atProvider({ email: admin.email, email_verified: true });
    const first = new Client(t);
    const { res } = await signInWithProvider(first);
    expect(res.status).toBe(200);
    expect(first.cookies.has("bottega_session")).toBe(false);
    expect(await sessionsOf(admin.id)).toBe(0);
    const link = linkIn((await mailsTo(t, admin.email)).at(-1)!);
    await first.submit(link, "/sign-in/oidc/link", { token: new URL(link, APP).searchParams.get("token")! });
    expect(await sessionsOf(admin.id)).toBe(1);

    // A different subject at the provider with the same verified address is a different identity.
    atProvider({ email: admin.email, email_verified: true });
    const intruder = new Client(t);
    const attempt = await signInWithProvider(intruder);
    expect(attempt.res.status).toBe(200);
    expect(intruder.cookies.has("bottega_session")).toBe(false);
    expect(await sessionsOf(admin.id)).toBe(1);
  });

  it("lets a mailed link expire after 30 minutes", async () => {
    const a = await buildAccount(t, { email: "lento@comune.example.it" });
    atProvider({ email: a.email, email_verified: true });
    await signInWithProvider(new Client(t));
    const link = linkIn((await mailsTo(t, a.email)).at(-1)!);
    t.clock.advance(31 * 60_000);
    const c = new Client(t);
    const res = await c.get(link);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("scaduto");
    const post = await c.submit("/sign-in", "/sign-in/oidc/link", {
      token: new URL(link, APP).searchParams.get("token")!,
    });
    expect(post.status).toBe(410);
    expect(await sessionsOf(a.id)).toBe(0);
  });

  it("replaces a session that was open before (rotation)", async () => {
    const a = await buildAccount(t, { email: "rotating@example.org" });
    const sub = atProvider({ email: "rotating@example.org", email_verified: true });
    await linkIdentity(t.deps.db, {
      issuer: provider.issuer,
      subject: sub,
      accountId: a.id,
      now: t.clock.now(),
    });
    const client = new Client(t);
    await client.submit("/sign-in", "/sign-in", { email: a.email, password: a.password });
    const first = client.cookies.get("bottega_session");
    expect(first).toBeTruthy();
    const { res } = await signInWithProvider(client);
    expect(res.status).toBe(303);
    const second = client.cookies.get("bottega_session");
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const sessions = await t.deps.pool.query(
      "select count(*)::int as n from sessions where account_id = $1",
      [a.id],
    );
    expect(sessions.rows[0].n).toBe(1);
  });

  it("refuses an unverified email claim with a clear message, storing nothing", async () => {
    atProvider({ email: "not.verified@example.org", email_verified: false, name: "Nessuno" });
    const client = new Client(t);
    const { res } = await signInWithProvider(client);
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain("non ha verificato il tuo indirizzo email");
    expect(client.cookies.has("bottega_session")).toBe(false);
    expect(await findAccountByEmail(t.deps.db, "not.verified@example.org")).toBeUndefined();
  });

  it("refuses an unverified claim for an existing account too, in English for an English browser", async () => {
    const a = await buildAccount(t, { email: "victim@example.org" });
    atProvider({ email: "victim@example.org" }); // no email_verified at all
    const client = new Client(t, { "accept-language": "en" });
    const { res } = await signInWithProvider(client);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("has not verified your email address");
    expect(client.cookies.has("bottega_session")).toBe(false);
    const sessions = await t.deps.pool.query(
      "select count(*)::int as n from sessions where account_id = $1",
      [a.id],
    );
    expect(sessions.rows[0].n).toBe(0);
  });

  it("refuses a callback whose state does not match (400, no 500, no session)", async () => {
    atProvider({ email: "state.check@example.org", email_verified: true });
    const client = new Client(t);
    const start = await client.get("/sign-in/oidc");
    const callback = await throughProvider(start.headers.get("location")!, APP);
    callback.searchParams.set("state", "forged-state");
    const res = await client.get(callback.pathname + callback.search);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("non è riuscito o è stato annullato");
    expect(client.cookies.has("bottega_session")).toBe(false);
    expect(await findAccountByEmail(t.deps.db, "state.check@example.org")).toBeUndefined();
  });

  it("refuses a callback without the pending-sign-in cookie, or with a forged one, or a replayed one", async () => {
    atProvider({ email: "replay@example.org", email_verified: true });
    const client = new Client(t);
    const { res, callback } = await signInWithProvider(client);
    expect(res.status).toBe(303);

    // Replaying the same callback URL in a fresh browser: no cookie.
    const stranger = new Client(t);
    const replay = await stranger.get(callback.pathname + callback.search);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain("scaduta o non è valida");

    // A forged cookie (wrong signature).
    stranger.cookies.set("bottega_oidc", "eyJzdGF0ZSI6IngifQ.forged");
    const forged = await stranger.get(callback.pathname + callback.search);
    expect(forged.status).toBe(400);

    // The cookie is spent after one callback, even a failed one.
    const again = await client.get(callback.pathname + callback.search);
    expect(again.status).toBe(400);
  });

  it("refuses a pending sign-in older than ten minutes", async () => {
    atProvider({ email: "slow@example.org", email_verified: true });
    const client = new Client(t);
    const start = await client.get("/sign-in/oidc");
    const callback = await throughProvider(start.headers.get("location")!, APP);
    t.clock.advance(11 * 60_000);
    const res = await client.get(callback.pathname + callback.search);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("scaduta o non è valida");
  });

  it("shows a clear message when the person cancels at the provider (error in the callback)", async () => {
    const client = new Client(t);
    const start = await client.get("/sign-in/oidc");
    const state = new URL(start.headers.get("location")!).searchParams.get("state")!;
    const res = await client.get(
      `/sign-in/oidc/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("non è riuscito o è stato annullato");
  });

  it("refuses a verified claim without an email", async () => {
    atProvider({ name: "Senza Email" });
    const { res } = await signInWithProvider(new Client(t));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("non ci ha comunicato un indirizzo email");
  });
});

describe("OpenID Connect configuration", () => {
  it("allows plain HTTP only for loopback issuers", () => {
    expect(isLoopbackIssuer("http://127.0.0.1:4000")).toBe(true);
    expect(isLoopbackIssuer("http://localhost:4000/realms/x")).toBe(true);
    expect(isLoopbackIssuer("http://[::1]:4000")).toBe(true);
    expect(isLoopbackIssuer("http://127.0.0.1.evil.example")).toBe(false);
    expect(isLoopbackIssuer("https://login.example.org")).toBe(false);
    expect(isLoopbackIssuer("http://10.0.0.5")).toBe(false);
  });

  it("has no button and no routes when OIDC_* is not set", async () => {
    const plain = await createTestRuntime();
    try {
      const html = await (await new Client(plain).get("/sign-in")).text();
      expect(html).not.toContain("/sign-in/oidc");
      expect((await new Client(plain).get("/sign-in/oidc")).status).toBe(404);
      expect((await new Client(plain).get("/sign-in/oidc/callback?code=x&state=y")).status).toBe(404);
      expect((await new Client(plain).get("/sign-in/oidc/link?token=x")).status).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it("says the provider is not answering when discovery fails (503, not 500)", async () => {
    const down = await createTestRuntime({
      env: { OIDC_ISSUER: "http://127.0.0.1:9", OIDC_CLIENT_ID: "x", OIDC_CLIENT_SECRET: "y" },
    });
    try {
      const res = await new Client(down).get("/sign-in/oidc");
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("non risponde in questo momento");
    } finally {
      await down.close();
    }
  });
});
