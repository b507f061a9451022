// Helpers shared by the account routes: signing a person in after a link or a reset, and turning a
// rate limit into a message for the same form.
import type { Ctx } from "../../platform/http/context.ts";
import { COOKIE, clearAppCookie, setAppCookie } from "../../platform/http/cookies.ts";
import type { LinkLimitError, LinkProblem } from "./email-links.ts";
import { endSession, SESSION_DAYS, startSession } from "./sessions.service.ts";
import { noticePage } from "./views/account-parts.tsx";

/** Starts a fresh session (rotation: any earlier one on this browser ends) and sets its cookie. */
export async function signInAs(c: Ctx, accountId: string): Promise<void> {
  const deps = c.get("deps");
  const token = await startSession(deps, accountId, c.req.header("user-agent") ?? null);
  const old = c.get("sessionId");
  if (old) await endSession(deps, old);
  setAppCookie(c, COOKIE.session, token, SESSION_DAYS * 86_400);
  // The anonymous CSRF cookie belonged to the signed-out browser; forms now sign the session.
  clearAppCookie(c, COOKIE.csrf);
}

/** The message for a rate-limited form, with the wait in whole minutes; sets Retry-After. */
export function limitMessage(c: Ctx, err: LinkLimitError): string {
  c.header("Retry-After", String(err.retryAfterSeconds));
  return c.get("t")(err.message, { minutes: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)) });
}

/** The page for a link that cannot be used, saying why and offering to ask for a new one. */
export function linkProblemPage(c: Ctx, problem: LinkProblem, again: { href: string; label: string }) {
  const t = c.get("t");
  return noticePage(
    c,
    {
      title: t("identity.links.problemTitle"),
      kind: "danger",
      paragraphs: [t(`identity.links.${problem}`)],
      links: [again],
    },
    problem === "invalid" ? 400 : 410,
  );
}
