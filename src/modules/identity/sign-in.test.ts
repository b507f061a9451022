import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime({ limits: { signInPerAccount: { max: 3, windowSeconds: 900 } } });
});
afterAll(() => t.close());

describe("sign in and out", () => {
  it("signs in with the right password, rotating to a new session, and shows the name in the header", async () => {
    const a = await buildAccount(t, { name: "Giulia Ferrari" });
    const c = new Client(t);
    const res = await c.submit("/sign-in", "/sign-in", { email: a.email, password: a.password });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
    const cookie = res.headers.getSetCookie().find((s) => s.startsWith("bottega_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const home = await (await c.get("/")).text();
    expect(home).toContain("Giulia Ferrari");
    expect(home).toContain("Hai effettuato l&#39;accesso.");
  });

  it("refuses a wrong password on the same form, in the page's language, keeping the email", async () => {
    const a = await buildAccount(t);
    const c = new Client(t, { "accept-language": "en" });
    const res = await c.submit("/sign-in", "/sign-in", { email: a.email, password: "wrong" });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain("Wrong email or password.");
    expect(html).toContain(`value="${a.email}"`);
    expect(c.cookies.has("bottega_session")).toBe(false);
  });

  it("shows field errors for an empty form", async () => {
    const c = new Client(t);
    const res = await c.submit("/sign-in", "/sign-in", { email: "not-an-email", password: "" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Inserisci un indirizzo email valido");
    expect(html).toContain('aria-invalid="true"');
  });

  it("rate limits repeated attempts on one account with a clear message", async () => {
    const a = await buildAccount(t);
    const c = new Client(t);
    for (let i = 0; i < 3; i++) {
      expect((await c.submit("/sign-in", "/sign-in", { email: a.email, password: "nope" })).status).toBe(401);
    }
    const res = await c.submit("/sign-in", "/sign-in", { email: a.email, password: a.password });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res.text()).toContain("Troppi tentativi di accesso");
  });

  it("refuses an unverified account until its email is confirmed", async () => {
    const a = await buildAccount(t, { verified: false });
    const res = await new Client(t).submit("/sign-in", "/sign-in", { email: a.email, password: a.password });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("confermare il tuo indirizzo email");
  });

  it("refuses a form without a valid CSRF token, and a cross-site post", async () => {
    const a = await buildAccount(t);
    const c = new Client(t);
    expect((await c.post("/sign-in", { email: a.email, password: a.password, _csrf: "forged" })).status).toBe(
      403,
    );
    const token = await c.csrf("/sign-in");
    const cross = await c.request("/sign-in", {
      method: "POST",
      body: new URLSearchParams({ _csrf: token, email: a.email, password: a.password }),
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(cross.status).toBe(403);
    expect(c.cookies.has("bottega_session")).toBe(false);
  });

  it("signs out, and the old session cookie no longer works", async () => {
    const a = await buildAccount(t, { name: "Marco Rossi" });
    const c = await signedIn(t, a.id);
    const token = c.cookies.get("bottega_session")!;
    const res = await c.submit("/", "/sign-out", {});
    expect(res.status).toBe(303);
    const replay = new Client(t);
    replay.cookies.set("bottega_session", token);
    expect(await (await replay.get("/")).text()).not.toContain("Marco Rossi");
  });
});
