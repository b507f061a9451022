// A browser that has signed in to an account before carries a long-lived cookie naming that account,
// signed with the instance's secret (an HMAC: it cannot be made or changed without the secret). With
// it, the owner's correct password still signs in while someone elsewhere is guessing at the account
// and attempts from other browsers are slowed down (accounts.service.ts). It proves nothing on its
// own: the password is always needed. One account per browser, the last one signed in.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Ctx } from "../../platform/http/context.ts";
import { COOKIE, readCookie, setAppCookie } from "../../platform/http/cookies.ts";
import { newToken } from "../../platform/ids.ts";

export type KnownBrowser = { accountId: string; id: string };

const DAYS = 365;

const mac = (secret: string, body: string) =>
  createHmac("sha256", secret).update(`known-browser:${body}`).digest("base64url");

export function sealBrowser(secret: string, b: KnownBrowser): string {
  const body = `${b.accountId}.${b.id}`;
  return `${body}.${mac(secret, body)}`;
}

/** The account and browser a cookie value names, or null if it was not made with this secret. */
export function openBrowser(secret: string, value: string | undefined): KnownBrowser | null {
  const [accountId, id, given, ...rest] = value?.split(".") ?? [];
  if (!accountId || !id || !given || rest.length) return null;
  const expected = Buffer.from(mac(secret, `${accountId}.${id}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { accountId, id };
}

/** The known browser this request comes from, if its cookie is genuine. */
export const knownBrowserOf = (c: Ctx): KnownBrowser | null =>
  openBrowser(c.get("deps").config.secret, readCookie(c, COOKIE.device));

/** After a sign-in: this browser is now known for the account (it keeps its id if it had one for it). */
export function rememberBrowser(c: Ctx, accountId: string): void {
  const known = knownBrowserOf(c);
  const id = known?.accountId === accountId ? known.id : newToken(12);
  setAppCookie(c, COOKIE.device, sealBrowser(c.get("deps").config.secret, { accountId, id }), DAYS * 86_400);
}
