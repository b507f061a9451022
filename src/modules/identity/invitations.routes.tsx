// The page behind an invitation link: anyone holding the link may read it; accepting or declining
// needs an account (the page offers sign-in and sign-up, coming back here afterwards).
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { InvitationError, invitationByToken, invitationState, respond } from "./invitations.service.ts";
import { toSignIn } from "./networks.http.ts";
import { invitationPage } from "./views/invitation-page.tsx";

export function invitationRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/invitations/:token", async (c) => {
    const token = c.req.param("token");
    const inv = await invitationByToken(c.get("deps"), token);
    c.set("networkContext", { slug: inv.network_slug, name: inv.network_name });
    // The link is a secret: keep it out of Referer headers sent to other sites.
    c.header("Referrer-Policy", "no-referrer");
    return invitationPage(c, { token, inv, state: invitationState(inv, c.get("deps").clock.now()) });
  });

  for (const answer of ["accept", "decline"] as const) {
    r.post(`/invitations/:token/${answer}`, async (c) => {
      const actor = c.get("actor");
      const token = c.req.param("token");
      if (!actor) return toSignIn(c);
      try {
        const inv = await respond(c.get("deps"), actor, token, answer);
        return answer === "accept"
          ? redirectWithFlash(c, `/networks/${inv.network_slug}`, {
              kind: "success",
              key: "identity.invitations.accepted",
            })
          : redirectWithFlash(c, "/", { kind: "info", key: "identity.invitations.declined" });
      } catch (err) {
        if (!(err instanceof InvitationError)) throw err;
        const inv = await invitationByToken(c.get("deps"), token);
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
