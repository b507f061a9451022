// The guest cookie: one per browser, naming the guest's place in the sessions they joined by link,
// as "sessionId:token,…" (a few sessions at most). Only each token's hash is stored.
import type { Ctx } from "../../platform/http/context.ts";
import { readCookie } from "../../platform/http/cookies.ts";
import { isUuid } from "../../platform/ids.ts";

export const GUEST_COOKIE = "bottega_board_guest";

/** Guest tokens by session id. */
export function guestTokens(c: Ctx): Map<string, string> {
  const raw = readCookie(c, GUEST_COOKIE) ?? "";
  const m = new Map<string, string>();
  for (const part of raw.split(",")) {
    const [sid, token] = part.split(":");
    if (sid && token && isUuid(sid)) m.set(sid, token);
  }
  return m;
}

/** This browser's guest token for the session, if it joined it as a guest. */
export const guestTokenFor = (c: Ctx, sessionId: string): string | undefined => guestTokens(c).get(sessionId);
