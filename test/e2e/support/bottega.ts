// The set-up every browser test file shares: a real Bottega server (from the migrated template the
// global set-up provides), a Chromium, and, when the file reads mail, an SMTP sink the server sends to.
// `useBottega()` registers the file's beforeAll/afterAll and hands back getters, read inside tests
// and hooks (at the top of the file nothing has started yet, so the getters would throw there).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { type SmtpSink, startSmtpSink } from "../../helpers/smtp.ts";
import { launchBrowser } from "./browser.ts";
import { type RunningServer, startBottega } from "./server.ts";

export type BottegaOptions = {
  /** Start an SMTP sink and point the server's SMTP_URL at it. */
  smtp?: boolean;
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** Time allowed for the start (the config's hookTimeout when not given). */
  timeout?: number;
};

export type Bottega = {
  readonly server: RunningServer;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** Only with `{ smtp: true }`. */
  readonly smtp: SmtpSink;
};

export function useBottega(opts: BottegaOptions = {}): Bottega {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let smtp: SmtpSink | undefined;

  beforeAll(async () => {
    if (opts.smtp) smtp = await startSmtpSink();
    server = await startBottega({ smtpUrl: smtp?.url, template: inject("embeddedTemplate"), env: opts.env });
    browser = await launchBrowser();
  }, opts.timeout);
  // Vitest runs afterAll hooks in reverse order, so a file's own (closing its contexts) runs first.
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useBottega: no ${what} (read it in a test or hook)`);
    return value;
  };
  return {
    get server() {
      return started(server, "server");
    },
    get baseUrl() {
      return started(server, "server").baseUrl;
    },
    get browser() {
      return started(browser, "browser");
    },
    get smtp() {
      return started(smtp, "SMTP sink (pass { smtp: true })");
    },
  };
}
