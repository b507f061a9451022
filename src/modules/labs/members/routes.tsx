// A lab's members page with the curators' invitations (and their buttons that take a person or an
// organisation out of the lab), and the page behind an invitation link.
import { Hono } from "hono";
import { AppError, forbidden } from "../../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { readForm } from "../../../platform/http/forms.ts";
import { requireActor } from "../../../platform/http/guards.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../../platform/ui/components.tsx";
import {
  InvitationError,
  invitationState,
  OTHER_ADDRESS,
  otherAddressPage,
  signedInAsOther,
} from "../../identity/index.ts";
import { curatingLab, labOfSlug } from "../guards.ts";
import { loadLab } from "../labs.service.ts";
import type { Lab } from "../labs.types.ts";
import { serviceErrors } from "../materials/routes.tsx";
import { canCurateLab, canSeeLab } from "../policy.ts";
import { labInvitationPage, labMembersPage } from "../views/lab-members.tsx";
import { removeFromLab } from "./remove.service.ts";
import {
  addOrganisationToLab,
  invitableOrganisations,
  inviteToLab,
  labInvitationByToken,
  membersOf,
  pendingInvitationsOf,
  respondToLabInvitation,
  revokeLabInvitation,
} from "./service.ts";
import "./messages.members.ts";

async function showMembers(c: Ctx, lab: Lab, form: FormState = emptyForm({ role: "member" }), status = 200) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const canInvite = canCurateLab(actor, lab);
  const { organisations, people } = await membersOf(deps, actor, lab);
  return labMembersPage(
    c,
    {
      lab,
      organisations,
      people,
      canInvite,
      invitable: canInvite ? await invitableOrganisations(deps, lab) : [],
      pending: await pendingInvitationsOf(deps, actor, lab),
      form,
    },
    status,
  );
}

async function invitationView(c: Ctx, token: string, status = 200, error?: string) {
  const deps = c.get("deps");
  const { inv, lab } = await labInvitationByToken(deps, token);
  const state = invitationState(inv, deps.clock.now());
  // Someone signed in with another address is told at once to whom it was sent, not offered buttons.
  if (state === "pending" && signedInAsOther(c, inv.email))
    return otherAddressPage(c, { invitedEmail: inv.email, here: `/lab-invitations/${token}` }, status);
  const organisation = inv.organisationId
    ? ((await invitableOrganisations(deps, lab)).find((o) => o.id === inv.organisationId)?.name ?? null)
    : null;
  // The link is a secret: keep it out of Referer headers sent to other sites.
  c.header("Referrer-Policy", "no-referrer");
  return labInvitationPage(
    c,
    {
      token,
      inv,
      lab,
      state,
      organisation,
      ...(error ? { error } : {}),
    },
    status,
  );
}

export function labMemberRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/labs/:slug/members", labOfSlug, async (c) => showMembers(c, c.get("lab")));

  r.post("/labs/:slug/members/invitations", ...curatingLab, async (c) => {
    const actor = c.get("actor");
    const lab = c.get("lab");
    const f = await readForm(c);
    const values = { email: f.email ?? "", role: f.role ?? "member", organisationId: f.organisationId ?? "" };
    try {
      await inviteToLab(c.get("deps"), actor, lab, values, c.get("lang"));
      return redirectWithFlash(c, `/labs/${lab.slug}/members`, { kind: "success", key: "labs.members.sent" });
    } catch (err) {
      return showMembers(c, lab, serviceErrors(c, values, err), (err as AppError).status);
    }
  });

  r.post("/labs/:slug/members/organisations", ...curatingLab, async (c) => {
    const actor = c.get("actor");
    const lab = c.get("lab");
    const f = await readForm(c);
    const values = { role: "member", addOrganisationId: f.addOrganisationId ?? "" };
    try {
      await addOrganisationToLab(c.get("deps"), lab, values.addOrganisationId, actor);
    } catch (err) {
      return showMembers(c, lab, serviceErrors(c, values, err), (err as AppError).status);
    }
    return redirectWithFlash(c, `/labs/${lab.slug}/members`, {
      kind: "success",
      key: "labs.members.organisationAdded",
    });
  });

  r.post("/labs/:slug/members/invitations/:id/revoke", ...curatingLab, async (c) => {
    const actor = c.get("actor");
    const lab = c.get("lab");
    try {
      await revokeLabInvitation(c.get("deps"), actor, lab, c.req.param("id"));
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 409) throw err;
      return redirectWithFlash(c, `/labs/${lab.slug}/members`, {
        kind: "danger",
        key: "labs.members.errors.notPending",
      });
    }
    return redirectWithFlash(c, `/labs/${lab.slug}/members`, {
      kind: "success",
      key: "labs.members.revoked",
    });
  });

  for (const [what, path] of [
    ["person", "people"],
    ["organisation", "organisations"],
  ] as const) {
    r.post(`/labs/:slug/members/${path}/:id/remove`, ...curatingLab, async (c) => {
      const actor = c.get("actor");
      const lab = c.get("lab");
      await removeFromLab(c.get("deps"), actor, lab, what, c.req.param("id"));
      return redirectWithFlash(c, `/labs/${lab.slug}/members`, {
        kind: "success",
        key: what === "person" ? "labs.members.personRemoved" : "labs.members.organisationRemoved",
      });
    });
  }

  r.get("/lab-invitations/:token", (c) => invitationView(c, c.req.param("token")));

  // From the person's own area (views/me-invitations.tsx): the same answer, by id.
  for (const answer of ["accept", "decline"] as const) {
    r.post(`/me/lab-invitations/:id/${answer}`, requireActor(), async (c) => {
      const actor = c.get("actor");
      try {
        const inv = await respondToLabInvitation(c.get("deps"), actor, { id: c.req.param("id") }, answer);
        if (answer === "decline")
          return redirectWithFlash(c, "/me", { kind: "info", key: "labs.members.declined" });
        const lab = await loadLab(c.get("deps"), inv.targetId);
        return canSeeLab(actor, lab)
          ? redirectWithFlash(c, `/labs/${lab.slug}`, { kind: "success", key: "labs.members.accepted" })
          : redirectWithFlash(c, "/me", { kind: "info", key: "labs.members.acceptedOutsideNetwork" });
      } catch (err) {
        // Answered meanwhile (the mailed link, another tab), expired or revoked: said on /me.
        if (!(err instanceof InvitationError)) throw err;
        // Another person's invitation (a guessed id): theirs to answer, as with a forwarded link.
        if (err.code === OTHER_ADDRESS) throw forbidden();
        return redirectWithFlash(c, "/me", { kind: "danger", key: err.message });
      }
    });
  }

  for (const answer of ["accept", "decline"] as const) {
    r.post(`/lab-invitations/:token/${answer}`, requireActor(), async (c) => {
      const actor = c.get("actor");
      const token = c.req.param("token");
      try {
        const inv = await respondToLabInvitation(c.get("deps"), actor, { token }, answer);
        if (answer === "decline")
          return redirectWithFlash(c, "/", { kind: "info", key: "labs.members.declined" });
        // A lab reserved to its network's members stays hidden from someone outside the network.
        const lab = await loadLab(c.get("deps"), inv.targetId);
        return canSeeLab(actor, lab)
          ? redirectWithFlash(c, `/labs/${lab.slug}`, { kind: "success", key: "labs.members.accepted" })
          : redirectWithFlash(c, "/", { kind: "info", key: "labs.members.acceptedOutsideNetwork" });
      } catch (err) {
        if (!(err instanceof InvitationError)) throw err;
        if (err.code === OTHER_ADDRESS) return invitationView(c, token, 403);
        return invitationView(c, token, 409, c.get("t")(err.message));
      }
    });
  }

  return r;
}
