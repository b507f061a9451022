// The set-up of the account-flow tests: a real SMTP sink, a fresh Bottega sending its mail there, the
// sink emptied before each test; and a mailed link followed as a person would: open it, press its button.
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { Client } from "./client.ts";
import { jobsSettled } from "./jobs.ts";
import { createTestRuntime, type TestEnvOptions, type TestRuntime } from "./runtime.ts";
import { pathOf, type SmtpSink, startSmtpSink } from "./smtp.ts";

/**
 * Registers the hooks for one test file and hands the runtime and the sink to `use` once they are
 * up (test files keep them in their own `let t, smtp`).
 */
export function withMailRuntime(
  use: (r: { t: TestRuntime; smtp: SmtpSink }) => void,
  opts: TestEnvOptions = {},
) {
  let t: TestRuntime | undefined;
  let smtp: SmtpSink | undefined;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestRuntime({ ...opts, env: { ...opts.env, SMTP_URL: smtp.url } });
    use({ t, smtp });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  // A test's mails leave from jobs after its requests: let them go before the next test's sink is emptied.
  beforeEach(async () => {
    if (t) await jobsSettled(t);
    smtp?.clear();
  });
}

/** The token a mailed link carries. */
export const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

/**
 * Opens a mailed link (absolute, or a path) and presses the one button on its page, as a browser
 * would: the GET must show the button's form (status 200) carrying the link's token; returns the POST's answer.
 */
export async function followLink(c: Client, link: string): Promise<Response> {
  const path = link.startsWith("/") ? link : pathOf(link);
  const page = await c.get(path);
  const html = await page.text();
  expect(page.status, html).toBe(200);
  const action = /<form method="post" action="([^"]+)"[^>]*>(?:(?!<\/form>).)*name="token"/s.exec(html)?.[1];
  const token = /name="token" value="([^"]*)"/.exec(html)?.[1];
  if (!action || token === undefined) throw new Error(`No link form on ${path}:\n${html}`);
  expect(token).toBe(new URL(path, "http://x").searchParams.get("token"));
  return c.submit(path, action, { token });
}
