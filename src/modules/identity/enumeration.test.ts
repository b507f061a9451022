// Whether an address has an account must not show in the answers to the forms that take an address,
// nor in how long they take: the request does the same work for any address (limits, then one queued
// job) and the mail is sent by the job afterwards.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount } from "../../../test/helpers/factories.ts";
import { withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, type SmtpSink } from "../../../test/helpers/smtp.ts";
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
      emailLinksPerIp: { max: 1000, windowSeconds: 3600 },
    },
  },
);

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Posts a form while watching the job queue and the mailer: what the request itself did. The jobs it
 * queues are recorded but not queued, so no worker can send a mail meanwhile: any mail counted was
 * sent by the request.
 */
async function watched(path: string, fields: Record<string, string>) {
  const queued = vi.spyOn(t.deps.jobs, "send").mockImplementation(async () => null);
  const mailed = vi.spyOn(t.deps.mailer, "send");
  const res = await new Client(t).submit(path, path, fields);
  const out = {
    status: res.status,
    html: await res.text(),
    jobs: queued.mock.calls.map(([job, data]) => ({ name: job.name, data: data as Record<string, unknown> })),
    mails: mailed.mock.calls.length,
  };
  vi.restoreAllMocks();
  return out;
}

const ghost = () => `ghost-${Math.random().toString(36).slice(2)}@example.org`;

describe("forms that mail a link do the same work for known and unknown addresses", () => {
  for (const [path, purpose] of [
    ["/password/forgot", "reset-password"],
    ["/sign-in/link", "magic-link"],
    ["/verify-email/resend", "verify-email"],
  ] as const) {
    it(`${path}: one queued job and no mail in the request, either way`, async () => {
      // Unconfirmed, so that every one of the three forms would mail this account.
      const known = await buildAccount(t, { verified: false });
      const unknown = ghost();
      const a = await watched(path, { email: known.email });
      const b = await watched(path, { email: unknown });
      for (const r of [a, b]) {
        expect(r.status).toBe(200);
        expect(r.html).toContain("Controlla la posta");
        expect(r.mails).toBe(0);
      }
      expect(a.jobs).toEqual([{ name: "identity.link-mail", data: { purpose, email: known.email } }]);
      expect(b.jobs).toEqual([{ name: "identity.link-mail", data: { purpose, email: unknown } }]);
    });
  }

  it("sign-up hashes the password and queues one job for a new and for a known address alike", async () => {
    const known = await buildAccount(t);
    const fresh = ghost();
    const form = (email: string) => ({
      name: "Chiara Esposito",
      email,
      password: "una password lunga abbastanza",
      language: "it",
    });
    const a = await watched("/sign-up", form(known.email));
    const b = await watched("/sign-up", form(fresh));
    for (const [r, email] of [
      [a, known.email],
      [b, fresh],
    ] as const) {
      expect(r.status).toBe(200);
      expect(r.html).toContain("Controlla la posta");
      expect(r.mails).toBe(0);
      expect(r.jobs).toHaveLength(1);
      expect(r.jobs[0]?.name).toBe("identity.sign-up");
      expect(r.jobs[0]?.data.email).toBe(email);
      expect(r.jobs[0]?.data.passwordHash).toMatch(/^\$argon2id\$/);
    }
    // Nothing was written for the new address in the request: the job creates the account.
    expect(await findAccountByEmail(t.deps.db, fresh)).toBeUndefined();
  });

  it("still mails the link to a known address, from the job, and nothing to an unknown one", async () => {
    const known = await buildAccount(t, { language: "en" });
    const unknown = ghost();
    const c = new Client(t);
    expect((await c.submit("/password/forgot", "/password/forgot", { email: unknown })).status).toBe(200);
    expect((await c.submit("/password/forgot", "/password/forgot", { email: known.email })).status).toBe(200);
    const mail = await smtp.waitFor(known.email);
    expect(mail.subject).toBe("Reset your password");
    expect(linkIn(mail, "http://localhost:3000/password/reset?token=")).toBeTruthy();
    expect(smtp.to(unknown)).toHaveLength(0);
  });
});

describe("per-client limit on the forms that mail a link", () => {
  it("refuses a client asking for too many mails, whatever the addresses, on the same form", async () => {
    const limited = await createTestRuntime({
      env: { TRUST_PROXY: "1" },
      limits: { emailLinksPerIp: { max: 2, windowSeconds: 3600 } },
    });
    try {
      const from = (ip: string) => new Client(limited, { "x-forwarded-for": ip });
      const walker = from("203.0.113.9");
      expect((await walker.submit("/password/forgot", "/password/forgot", { email: ghost() })).status).toBe(
        200,
      );
      expect((await walker.submit("/sign-in/link", "/sign-in/link", { email: ghost() })).status).toBe(200);
      const email = ghost();
      const third = await walker.submit("/verify-email/resend", "/verify-email/resend", { email });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
      const html = await third.text();
      expect(html).toContain("Troppe richieste di email da questa rete");
      expect(html).toContain(`value="${email}"`);
      // Another client is not held up by this one.
      expect(
        (await from("198.51.100.4").submit("/password/forgot", "/password/forgot", { email })).status,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
