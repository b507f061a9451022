// Secrets in logs (issue 11, item 17): redacted paths, and mail log lines captured (a pino
// destination) that name recipients by a hash, never the address. The request log of a running
// instance is tested in test/secrets-in-logs.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { addressHash, createLogger, redactPath } from "./logger.ts";
import { createMailer } from "./mail/mailer.ts";

/** A logger whose lines land in `lines` (pino writes one JSON line per call). */
function capturing() {
  const lines: string[] = [];
  const log = createLogger("info", { write: (s: string) => void lines.push(s) });
  return { log, lines, text: () => lines.join("") };
}

describe("redactPath", () => {
  it("replaces token segments and secret query values, and leaves other paths alone", () => {
    expect(redactPath("/invitations/abc/accept")).toBe("/invitations/[redacted]/accept");
    expect(redactPath("/lab-invitations/abc/decline")).toBe("/lab-invitations/[redacted]/decline");
    expect(redactPath("/networks/rete/invitations/0190-id/revoke")).toBe(
      "/networks/rete/invitations/0190-id/revoke",
    );
    expect(redactPath("/conferences/x/me?t=secret&lang=en")).toBe(
      "/conferences/x/me?t=%5Bredacted%5D&lang=en",
    );
    expect(redactPath("/live?ticket=s3cret")).not.toContain("s3cret");
    expect(redactPath("/practices/biblioteca")).toBe("/practices/biblioteca");
  });
});

describe("mail log lines", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bottega-log-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("name the recipient by a hash of the address, never the address", async () => {
    const cap = capturing();
    const mailer = createMailer(loadConfig({ DATA_DIR: dir, SECRET: "x".repeat(40) }), cap.log);
    const to = "Anna.Rossi@Comune.Example.org";
    await mailer.send({ to, subject: "Prova", text: "Ciao" });
    mailer.close();
    const line = JSON.parse(cap.lines.at(-1)!);
    expect(line.toHash).toBe(addressHash(to));
    expect(line.toHash).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(cap.text().toLowerCase()).not.toContain("anna.rossi");
  });

  it("hash an address logged under `to` or `email` by any other line, too", () => {
    const cap = capturing();
    cap.log.error({ err: new Error("boom"), to: "someone@example.org" }, "mail not sent");
    cap.log.info({ account: { email: "other@example.org" } }, "something");
    expect(cap.text()).not.toContain("@example.org");
    expect(JSON.parse(cap.lines[0]!).to).toBe(addressHash("someone@example.org"));
    expect(addressHash(" Someone@Example.org ")).toBe(addressHash("someone@example.org"));
  });
});
