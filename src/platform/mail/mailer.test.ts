import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { followLink } from "../../../test/helpers/mail-runtime.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, type SmtpSink, startSmtpSink } from "../../../test/helpers/smtp.ts";
import { composeMail } from "./compose.ts";

describe("mail without SMTP_URL", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await createTestRuntime();
  });
  afterAll(() => t.close());

  it("writes each message as an .eml file under DATA_DIR/mail, and its link works", async () => {
    const c = new Client(t);
    const email = "file-mail@example.org";
    const res = await c.submit("/sign-up", "/sign-up", {
      name: "Nora Lindqvist",
      email,
      password: "a long enough password",
      language: "en",
    });
    expect(res.status).toBe(200);
    const dir = path.join(t.dataDir, "mail");
    // The sign-up's mail is sent by a job after the answer (the request does the same work for an
    // address that has an account and one that has not), so wait for the file to appear.
    const emlFiles = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".eml")) : []);
    const deadline = Date.now() + 20_000;
    while (emlFiles().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const files = emlFiles();
    expect(files).toHaveLength(1);
    // The mail holds a live link: readable by this account only.
    expect(statSync(path.join(dir, files[0]!)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const parsed = await simpleParser(readFileSync(path.join(dir, files[0]!)));
    expect(parsed.subject).toBe("Confirm your email address");
    expect(parsed.from?.text).toContain("noreply@localhost");
    expect(typeof parsed.html === "string" && parsed.html).toContain("verify-email?token=");
    const link = linkIn(
      {
        to: [email],
        from: "",
        subject: "",
        text: parsed.text ?? "",
        html: "",
        headers: parsed.headers,
        raw: {},
      },
      "http://localhost:3000/verify-email?token=",
    );
    // The mailed link works: opening it shows the confirm button, pressing it verifies and signs in.
    expect((await followLink(c, link)).status).toBe(303);
  });
});

describe("mail through SMTP", () => {
  let t: TestRuntime;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestRuntime({
      env: { SMTP_URL: smtp.url, MAIL_FROM: "Bottega Test <bottega@example.org>" },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it("delivers text and HTML parts with the configured sender", async () => {
    await t.deps.mailer.send(
      composeMail(
        {
          to: "someone@example.org",
          subject: "Prova <uno>",
          greeting: "Ciao Ada,",
          paragraphs: ["Una riga con <b>markup</b> & simboli."],
          action: { href: "http://localhost:3000/x?a=1&b=2", label: "Apri" },
          signature: "Bottega",
        },
        "it",
      ),
    );
    const m = await smtp.waitFor("someone@example.org");
    expect(m.from).toBe("bottega@example.org");
    expect(m.subject).toBe("Prova <uno>");
    expect(m.text).toContain("Una riga con <b>markup</b> & simboli.");
    expect(m.text).toContain("http://localhost:3000/x?a=1&b=2");
    // The HTML part escapes what it shows: the text cannot inject markup.
    expect(m.html).toContain("Una riga con &lt;b&gt;markup&lt;/b&gt; &amp; simboli.");
    expect(m.html).toContain('href="http://localhost:3000/x?a=1&amp;b=2"');
    expect(m.html).toContain('lang="it"');
    expect(readdirSafe(path.join(t.dataDir, "mail"))).toHaveLength(0);
  });

  it("does not turn a mail server failure into an error page", async () => {
    const down = await createTestRuntime({ env: { SMTP_URL: "smtp://127.0.0.1:1" } });
    try {
      const res = await new Client(down).submit("/password/forgot", "/password/forgot", {
        email: "x@example.org",
      });
      expect(res.status).toBe(200);
      const res2 = await new Client(down).submit("/sign-up", "/sign-up", {
        name: "Ada",
        email: "ada@example.org",
        password: "a long enough password",
        language: "it",
      });
      expect(res2.status).toBe(200);
    } finally {
      await down.close();
    }
  });
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
