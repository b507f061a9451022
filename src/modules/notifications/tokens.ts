// The unsubscribe link's token: who stops receiving which kind of mail, signed with the instance's
// secret. It is the whole credential of POST /unsubscribe/:token (RFC 8058 one-click: no session,
// no CSRF token), so it can do that one thing only: turn one kind's mails off for one person.
import { createHmac, timingSafeEqual } from "node:crypto";

const mac = (secret: string, body: string) =>
  createHmac("sha256", secret).update(`unsubscribe:${body}`).digest("base64url");

export function unsubscribeToken(secret: string, accountId: string, kind: string): string {
  const body = Buffer.from(JSON.stringify({ a: accountId, k: kind })).toString("base64url");
  return `${body}.${mac(secret, body)}`;
}

/** The person and kind the token names, or null when it was not made here (or was altered). */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { accountId: string; kind: string } | null {
  const [body, given, extra] = token.split(".");
  if (!body || !given || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, body));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  try {
    const v = JSON.parse(Buffer.from(body, "base64url").toString()) as { a?: unknown; k?: unknown };
    return typeof v.a === "string" && typeof v.k === "string" ? { accountId: v.a, kind: v.k } : null;
  } catch {
    return null;
  }
}
