// Wrong passwords slow down further attempts instead of locking the account: the owner's browser,
// which has signed in before, still gets in with the right password, and the owner is told by mail.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount } from "../../../test/helpers/factories.ts";
import { withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import type { SmtpSink } from "../../../test/helpers/smtp.ts";
import { sealBrowser } from "./known-browsers.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime(
  (r) => {
    t = r.t;
    smtp = r.smtp;
  },
  {
    limits: {
      signInPerAccount: { max: 3, windowSeconds: 900 },
      signInPerIp: { max: 1000, windowSeconds: 900 },
    },
  },
);

afterEach(() => {
  vi.restoreAllMocks();
});

const attempt = (c: Client, email: string, password: string) =>
  c.submit("/sign-in", "/sign-in", { email, password });

describe("progressive delay on wrong passwords", () => {
  it("makes each attempt past the third wait longer than the one before, never refusing for good", async () => {
    const a = await buildAccount(t);
    const attacker = new Client(t);
    for (let i = 0; i < 3; i++) expect((await attempt(attacker, a.email, `guess-${i}`)).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const held = await attempt(attacker, a.email, "another guess");
      expect(held.status).toBe(429);
      const wait = Number(held.headers.get("retry-after"));
      waits.push(wait);
      // Just before the wait is over it is still refused; once it is over the attempt is judged.
      t.clock.advance(wait * 1000 - 100);
      expect((await attempt(attacker, a.email, "another guess")).status).toBe(429);
      t.clock.advance(100);
      expect((await attempt(attacker, a.email, `guess-${i + 3}`)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    // The right password, after the wait, gets in and starts the count over.
    t.clock.advance(32_000);
    expect((await attempt(attacker, a.email, a.password)).status).toBe(303);
    expect((await attempt(new Client(t), a.email, "typo")).status).toBe(401);
  });

  it("lets only one of many attempts made at the same moment through once waiting has begun", async () => {
    const a = await buildAccount(t);
    for (let i = 0; i < 3; i++) await attempt(new Client(t), a.email, `guess-${i}`);
    t.clock.advance(1000);
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, i) => attempt(new Client(t), a.email, `burst-${i}`)),
    );
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses).toEqual([401, 429, 429, 429, 429, 429, 429, 429]);
  });

  it("lets the owner in at once from a browser that has signed in before, while others must wait", async () => {
    const a = await buildAccount(t, { name: "Rosa Titolare" });
    const owner = new Client(t);
    expect((await attempt(owner, a.email, a.password)).status).toBe(303);
    expect(owner.cookies.has("bottega_device")).toBe(true);
    expect((await owner.submit("/", "/sign-out", {})).status).toBe(303);

    const attacker = new Client(t);
    for (let i = 0; i < 6; i++) await attempt(attacker, a.email, `guess-${i}`);
    expect((await attempt(attacker, a.email, a.password)).status).toBe(429);
    // A new browser of the owner's waits too…
    expect((await attempt(new Client(t), a.email, a.password)).status).toBe(429);
    // …and so does one whose known-browser cookie is forged or names another account.
    const forged = new Client(t);
    forged.cookies.set("bottega_device", `${a.id}.made-up.not-a-signature`);
    expect((await attempt(forged, a.email, a.password)).status).toBe(429);
    const other = await buildAccount(t);
    const borrowed = new Client(t);
    borrowed.cookies.set("bottega_device", sealBrowser(t.config.secret, { accountId: other.id, id: "x" }));
    expect((await attempt(borrowed, a.email, a.password)).status).toBe(429);

    // The owner's browser signs in with the right password; a wrong one there is simply wrong.
    expect((await attempt(owner, a.email, "typo")).status).toBe(401);
    const res = await attempt(owner, a.email, a.password);
    expect(res.status).toBe(303);
    expect(await (await owner.get("/")).text()).toContain("Rosa Titolare");
    // The owner signing in does not give the attacker fresh attempts.
    expect((await attempt(attacker, a.email, "guess-again")).status).toBe(429);
  });

  it("slows an address without an account down the same way, so the delay tells nothing", async () => {
    const a = await buildAccount(t);
    const ghost = `ghost-${Date.now()}@example.org`;
    const statuses = async (email: string) => {
      const c = new Client(t);
      const out: (string | number)[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await attempt(c, email, "wrong password");
        out.push(res.status, res.headers.get("retry-after") ?? "-");
      }
      return out;
    };
    expect(await statuses(ghost)).toEqual(await statuses(a.email));
  });

  it("tells the owner by mail once, when the delays begin, in their language", async () => {
    const a = await buildAccount(t, { language: "en" });
    const queued = vi.spyOn(t.deps.jobs, "send");
    const attacker = new Client(t);
    for (let i = 0; i < 3; i++) await attempt(attacker, a.email, `guess-${i}`);
    const mail = await smtp.waitFor(a.email);
    expect(mail.subject).toBe("Failed attempts to sign in to your account");
    expect(mail.text).toContain("with a wrong password 3 times in a row");
    expect(mail.text).toContain("http://localhost:3000/password/forgot");
    // More wrong attempts in the same run queue no second notice.
    for (let i = 0; i < 4; i++) {
      t.clock.advance(60_000);
      await attempt(attacker, a.email, `more-${i}`);
    }
    const notices = queued.mock.calls.filter(([job]) => job.name === "identity.failed-sign-ins-notice");
    expect(notices).toHaveLength(1);
    expect(smtp.to(a.email)).toHaveLength(1);
  });
});
