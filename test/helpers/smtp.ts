// A real SMTP server for tests (smtp-server on 127.0.0.1, random port) that keeps every message it
// receives, parsed with mailparser. Mail goes through the same nodemailer transport as production.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail["headers"];
  /** Each header field as it came, by lower-case name (mailparser folds List-* into `headers.list`). */
  raw: Record<string, string>;
  attachments?: ParsedMail["attachments"];
};

export type SmtpSink = {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Messages sent to `address` so far, oldest first. */
  to(address: string): ReceivedMail[];
  /** Waits (bounded) until a message to `address` matching `match` has arrived, and returns it. */
  waitFor(address: string, match?: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  clear(): void;
  close(): Promise<void>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    // A plain local sink: no TLS certificate and no login, as a test relay would be.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: parsed.headers,
            raw: Object.fromEntries(
              parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()]),
            ),
            attachments: parsed.attachments,
          });
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const to = (address: string) => messages.filter((m) => m.to.includes(address.toLowerCase()));
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to,
    // Generous: most account mails are sent by a job after the answer, and CI machines are busy.
    async waitFor(address, match = () => true, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = to(address).filter(match).at(-1);
        if (found) return found;
        if (Date.now() > until) throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    clear: () => {
      messages.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first absolute link in a mail's text that starts with `prefix` (e.g. "http://localhost:3000/verify-email"). */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const re = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\S*`);
  const m = re.exec(mail.text);
  if (!m) throw new Error(`No link starting with ${prefix} in mail "${mail.subject}":\n${mail.text}`);
  return m[0];
}

/** The path and query of an absolute link, for Client.get. */
export const pathOf = (link: string) => {
  const u = new URL(link);
  return `${u.pathname}${u.search}`;
};
