// The page behind an invitation link: anyone holding the link may read it; accepting or declining
// needs an account with the invited address (the page offers sign-in and sign-up, coming back here
// afterwards, and to someone signed in with another address, to sign out and sign in with it).
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { COOKIE, clearAppCookie } from "../../platform/http/cookies.ts";
import { readForm } from "../../platform/http/forms.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { signedInAsOther } from "./invitations.address.ts";
import { InvitationError, invitationByToken, invitationState, OTHER_ADDRESS } from "./invitations.core.ts";
import { NETWORK_INVITATIONS } from "./invitations.kind.ts";
import { respond } from "./invitations.service.ts";
import { safeNext } from "./schema.ts";
import { endSession } from "./sessions.service.ts";
import { otherAddressPage, SWITCH_ACCOUNT_PATH } from "./views/invitation-address.tsx";
import { invitationPage } from "./views/invitation-page.tsx";

export function invitationRoutes() {
  const r = new Hono<AppEnv>();

  // Signs out and goes to sign-in, coming back to the invitation (network or lab) afterwards.
  r.post(SWITCH_ACCOUNT_PATH, async (c) => {
    const next = safeNext((await readForm(c)).next);
    const sid = c.get("sessionId");
    if (sid) await endSession(c.get("deps"), sid);
    clearAppCookie(c, COOKIE.session);
    return c.redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
  });

  r.get("/invitations/:token", async (c) => {
    const token = c.req.param("token");
    const inv = await invitationByToken(c.get("deps"), NETWORK_INVITATIONS, token);
    c.set("networkContext", { slug: inv.networkSlug, name: inv.networkName });
    // The link is a secret: keep it out of Referer headers sent to other sites.
    c.header("Referrer-Policy", "no-referrer");
    const state = invitationState(inv, c.get("deps").clock.now());
    if (state === "pending" && signedInAsOther(c, inv.email))
      return otherAddressPage(c, { invitedEmail: inv.email, here: `/invitations/${token}` }, 200);
    return invitationPage(c, { token, inv, state });
  });

  for (const answer of ["accept", "decline"] as const) {
    r.post(`/invitations/:token/${answer}`, requireActor(), async (c) => {
      const actor = c.get("actor");
      const token = c.req.param("token");
      try {
        const inv = await respond(c.get("deps"), actor, { token }, answer);
        return answer === "accept"
          ? redirectWithFlash(c, `/networks/${inv.networkSlug}`, {
              kind: "success",
              key: "identity.invitations.accepted",
            })
          : redirectWithFlash(c, "/", { kind: "info", key: "identity.invitations.declined" });
      } catch (err) {
        if (!(err instanceof InvitationError)) throw err;
        const inv = await invitationByToken(c.get("deps"), NETWORK_INVITATIONS, token);
        if (err.code === OTHER_ADDRESS)
          return otherAddressPage(c, { invitedEmail: inv.email, here: `/invitations/${token}` });
        return invitationPage(
          c,
          { token, inv, state: invitationState(inv, c.get("deps").clock.now()) },
          err.status === 410 ? 409 : err.status,
        );
      }
    });
  }

  return r;
}
