// "La mia area" (/me): where a signed-in person lands, and what is theirs across the platform. The
// page names no module: each fills its own section through the `identity.me.sections` slot. Network
// invitations waiting for the person are answered here by id (views/me-waiting.tsx): their verified
// address is the proof the mailed link would give (invitations.core.ts).
import { Hono } from "hono";
import { forbidden } from "../../platform/errors.ts";
import type { AppEnv } from "../../platform/http/context.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { InvitationError, OTHER_ADDRESS } from "./invitations.core.ts";
import { respond } from "./invitations.service.ts";
import { mePage } from "./views/me-page.tsx";

export function meRoutes() {
  const r = new Hono<AppEnv>();
  r.get("/me", requireActor(), (c) => mePage(c));

  for (const answer of ["accept", "decline"] as const) {
    r.post(`/me/invitations/:id/${answer}`, requireActor(), async (c) => {
      try {
        const inv = await respond(c.get("deps"), c.get("actor"), { id: c.req.param("id") }, answer);
        return answer === "accept"
          ? redirectWithFlash(c, `/networks/${inv.networkSlug}`, {
              kind: "success",
              key: "identity.invitations.accepted",
            })
          : redirectWithFlash(c, "/me", { kind: "info", key: "identity.invitations.declined" });
      } catch (err) {
        // Answered meanwhile (another tab, the mailed link), expired or revoked: said on /me.
        if (!(err instanceof InvitationError)) throw err;
        // Another person's invitation (a guessed id): theirs to answer, as with a forwarded link.
        if (err.code === OTHER_ADDRESS) throw forbidden();
        return redirectWithFlash(c, "/me", { kind: "danger", key: err.message });
      }
    });
  }
  return r;
}
