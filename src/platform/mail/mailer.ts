// Outgoing mail through nodemailer. With SMTP_URL it goes to that server; without it, each message
// is written as an .eml file under DATA_DIR/mail/ and the log says where, so a single-machine
// install works with no mail server and a developer can open what would have been sent. The log
// names the recipient by a hash of the address (logger.ts addressHash), never the address.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Transporter } from "nodemailer";
import type { Config } from "../config.ts";
import { newId } from "../ids.ts";
import { addressHash, type Logger } from "../logger.ts";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string | Buffer; contentType?: string }[];
  /** Extra header fields (List-Unsubscribe: unsubscribe.ts). */
  headers?: Record<string, string>;
};

export type Mailer = { send(mail: Mail): Promise<void>; close(): void };

/**
 * nodemailer (≈ 0.2 s and several MB to load) is imported at the first mail, not at start: most
 * processes (and most requests) send none. The transport is made once and reused.
 */
function lazyTransport(options: () => object): { get(): Promise<Transporter>; close(): void } {
  let transport: Promise<Transporter> | undefined;
  let closed = false;
  return {
    get() {
      transport ??= import("nodemailer").then((m) => m.default.createTransport(options()));
      return transport;
    },
    close() {
      if (closed) return;
      closed = true;
      void transport?.then((t) => t.close());
    },
  };
}

export function createMailer(config: Config, log: Logger): Mailer {
  if (config.smtpUrl) {
    // Options in the URL's query pass through to nodemailer (e.g. `?ignoreTLS=true` for a local relay
    // that offers STARTTLS with a self-signed certificate). Short timeouts: a mail server that hangs
    // must not hold a person's request for nodemailer's default two minutes.
    const transport = lazyTransport(() => ({
      url: config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    }));
    return {
      async send(mail) {
        const info = await (await transport.get()).sendMail({ from: config.mailFrom, ...mail });
        log.info(
          { toHash: addressHash(mail.to), subject: mail.subject, messageId: info.messageId },
          "mail sent",
        );
      },
      close: () => transport.close(),
    };
  }
  const dir = path.join(config.dataDir, "mail");
  const transport = lazyTransport(() => ({ streamTransport: true, buffer: true, newline: "unix" }));
  return {
    async send(mail) {
      const info = await (await transport.get()).sendMail({ from: config.mailFrom, ...mail });
      // Mails hold sign-in and reset links: readable by this account only, whatever the umask.
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${newId()}.eml`);
      writeFileSync(file, info.message as Buffer, { mode: 0o600 });
      log.info(
        { toHash: addressHash(mail.to), subject: mail.subject, file },
        "mail written to file (no SMTP_URL set)",
      );
    },
    close: () => transport.close(),
  };
}
