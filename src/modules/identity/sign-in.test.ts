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
    // No `next`: the person's own area.
    expect(res.headers.get("location")).toBe("/me");
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

  it("slows down repeated attempts on one account from a new browser, with a clear message", async () => {
    const a = await buildAccount(t);
    const c = new Client(t);
    for (let i = 0; i < 3; i++) {
      expect((await c.submit("/sign-in", "/sign-in", { email: a.email, password: "nope" })).status).toBe(401);
    }
    const res = await c.submit("/sign-in", "/sign-in", { email: a.email, password: a.password });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(await res.text()).toContain("puoi riprovare tra 1 secondo.");
    // A moment later the right password gets in (sign-in-throttle.test.ts covers the delays).
    t.clock.advance(1000);
    expect((await c.submit("/sign-in", "/sign-in", { email: a.email, password: a.password })).status).toBe(
      303,
    );
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

describe("per-address limit behind one reverse proxy (TRUST_PROXY=1)", () => {
  let p: TestRuntime;
  beforeAll(async () => {
    p = await createTestRuntime({
      env: { TRUST_PROXY: "1" },
      limits: { signInPerIp: { max: 5, windowSeconds: 900 } },
    });
  });
  afterAll(() => p.close());

  it("counts the address the proxy saw, so forging X-Forwarded-For does not escape the limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      // What nginx forwards: the client's forged value, then the address it really came from.
      const c = new Client(p, { "x-forwarded-for": `10.9.${i}.1, 203.0.113.9` });
      const res = await c.submit("/sign-in", "/sign-in", {
        email: `nobody${i}@example.org`,
        password: "wrong",
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
