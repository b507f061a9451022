import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { authenticateUpgrade } from "../../platform/realtime/auth.ts";
import { identityResolvers } from "./resolvers.ts";
import { startSession } from "./sessions.service.ts";

const DAY = 86_400_000;

describe("session lifetime", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await createTestRuntime();
  });
  afterAll(() => t.close());

  it("ends a session left unused for seven days", async () => {
    const a = await buildAccount(t);
    const c = await signedIn(t, a.id);
    expect((await c.get("/account")).status).toBe(200);
    t.clock.advance(7 * DAY + 60_000);
    const res = await c.get("/account");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/sign-in/);
  });

  it("ends an active session 30 days after the sign-in, however often it is used", async () => {
    const a = await buildAccount(t, { name: "Teresa Assidua" });
    const c = await signedIn(t, a.id);
    // A visit every six days keeps the idle timeout from ever running out…
    for (let day = 6; day <= 24; day += 6) {
      t.clock.advance(6 * DAY);
      const page = await c.get("/account");
      expect(page.status, `day ${day}`).toBe(200);
      expect(await page.text()).toContain("Teresa Assidua");
    }
    // …but not past the absolute lifetime.
    t.clock.advance(6 * DAY + 60_000);
    const res = await c.get("/account");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/sign-in/);
    expect(await (await c.get("/")).text()).not.toContain("Teresa Assidua");
  });
});

describe("cookies over https", () => {
  const BASE = "https://bottega.example.it";
  let t: TestRuntime;
  beforeAll(async () => {
    t = await createTestRuntime({ env: { BASE_URL: BASE } });
  });
  afterAll(() => t.close());

  const setCookie = (res: Response, name: string) =>
    res.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));

  it("names the session and CSRF cookies __Host-…: Secure, Path=/, no Domain; and reads them back", async () => {
    const a = await buildAccount(t, { name: "Ilaria Sicura" });
    const c = new Client(t);
    const form = await c.get("/sign-in");
    const csrf = setCookie(form, "__Host-bottega_csrf");
    expect(csrf).toMatch(/; Secure/i);
    expect(csrf).toMatch(/; Path=\//i);
    expect(csrf).not.toMatch(/Domain=/i);
    expect(form.headers.getSetCookie().some((l) => l.startsWith("bottega_csrf="))).toBe(false);

    const res = await c.submit("/sign-in", "/sign-in", { email: a.email, password: a.password });
    expect(res.status).toBe(303);
    const session = setCookie(res, "__Host-bottega_session");
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; Path=\//i);
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).not.toMatch(/Domain=/i);
    // The anonymous CSRF cookie is cleared under the name it was set with.
    expect(setCookie(res, "__Host-bottega_csrf")).toMatch(/Max-Age=0/i);
    expect(c.cookies.has("bottega_session")).toBe(false);

    const account = await c.get("/account");
    expect(account.status).toBe(200);
    expect(await account.text()).toContain("Ilaria Sicura");
    // Forms keep working: the CSRF token is checked against the prefixed session.
    expect((await c.submit("/account", "/sign-out", {})).status).toBe(303);
    expect(c.cookies.has("__Host-bottega_session")).toBe(false);
  });

  it("ignores a session cookie without the prefix, which another host could have planted", async () => {
    const a = await buildAccount(t, { name: "Piero Piantato" });
    const token = await startSession(t.deps, a.id, "vitest");
    const tossed = new Client(t);
    tossed.cookies.set("bottega_session", token);
    expect((await tossed.get("/account")).status).toBe(303);
    const right = new Client(t);
    right.cookies.set("__Host-bottega_session", token);
    expect(await (await right.get("/account")).text()).toContain("Piero Piantato");
  });

  it("authenticates the live connection by the prefixed session cookie", async () => {
    const a = await buildAccount(t);
    const token = await startSession(t.deps, a.id, "vitest");
    const upgrade = (cookie: string) =>
      authenticateUpgrade(
        t.deps,
        identityResolvers,
        { headers: { cookie, origin: BASE } } as unknown as IncomingMessage,
        new URL(`${BASE}/live`),
      );
    const ok = await upgrade(`__Host-bottega_session=${token}`);
    expect(ok.ok && ok.actor?.id).toBe(a.id);
    const plain = await upgrade(`bottega_session=${token}`);
    expect(plain.ok).toBe(false);
  });
});
