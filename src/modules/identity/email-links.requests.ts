// Asking for a mailed link (forgotten password, sign-in link, verification link again) without
// telling whether the address has an account, neither by the answer nor by how long it takes. The
// request does the same work for every address: it counts against the client's and the address's
// limits and queues one job. The job, run by the worker after the answer has gone, looks the address
// up and mails a link only to an account that wants one.
import type { Deps } from "../../platform/deps.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { hitLimit, type Limit } from "../../platform/rate-limit.ts";
import type { AccountRow } from "./accounts.repo.ts";
import { mailLinkToAccount } from "./email-links.mails.ts";
import { LinkLimitError, spendEmailLimit } from "./email-links.ts";

export type RequestedPurpose = "reset-password" | "magic-link" | "verify-email";

/** Who gets the link when the job runs: anyone with the address, or only an unconfirmed account. */
const WANTED: Record<RequestedPurpose, (account: AccountRow) => boolean> = {
  "reset-password": () => true,
  "magic-link": () => true,
  "verify-email": (account) => !account.email_verified_at,
};

export const linkMail = defineJob<{ purpose: RequestedPurpose; email: string }>(
  "identity.link-mail",
  (deps, data) => mailLinkToAccount(deps, data.email, data.purpose, WANTED[data.purpose]),
);

/**
 * Requests for mailed links from one client address: enough for an office behind one NAT where
 * several people forget their password on the same morning, too few to walk a list of addresses.
 * Tests set `emailLinksPerIp` in the runtime's limits.
 */
export const EMAIL_LINKS_PER_IP: Limit = { max: 30, windowSeconds: 60 * 60 };

/** Counts one request from `ip` for any mail to an address typed on a form; over the limit, throws. */
export async function spendClientLimit(deps: Deps, ip: string): Promise<void> {
  const limit = deps.limits.emailLinksPerIp ?? EMAIL_LINKS_PER_IP;
  const hit = await hitLimit(deps, `email-links:ip:${ip}`, limit);
  if (!hit.allowed) throw new LinkLimitError(hit.retryAfterSeconds, "identity.links.rateLimitedIp");
}

export type LinkRequest = { email: string; ip: string };

/** The request half: limits, then one job, whatever the address. */
export async function requestLinkMail(deps: Deps, purpose: RequestedPurpose, input: LinkRequest) {
  await spendClientLimit(deps, input.ip);
  const email = input.email.trim();
  await spendEmailLimit(deps, email);
  await deps.jobs.send(linkMail, { purpose, email });
}
