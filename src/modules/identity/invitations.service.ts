// Invitations to a network (the "network" kind of invitations.core.ts): a coordinator invites an
// email address with a role; accepting, signed in with the invited (verified) address, adds the role.
// The mail leaves from a job: the invitation emits `identity.invitation.sent` in its transaction
// (events.handlers.ts).
import { seal } from "../../platform/crypto/sealed.ts";
import type { Deps } from "../../platform/deps.ts";
import { forbidden, notFound } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import type { Lang } from "../../platform/i18n/index.ts";
import { audit } from "./audit.service.ts";
import {
  answerInvitation,
  type InvitationRef,
  invitationsWaitingFor,
  invitationTo,
  openInvitation,
  pendingInvitationsTo,
  revokeInvitationTo,
} from "./invitations.core.ts";
import { NETWORK_INVITATIONS, type NetworkInvitation } from "./invitations.kind.ts";
import { addNetworkRole } from "./networks.repo.ts";
import type { Network } from "./networks.service.ts";
import { type Actor, can } from "./policy.ts";
import type { NetworkRole } from "./tables.ts";
import "./events.handlers.ts";

/**
 * Creates the invitation, and with it the event whose handler mails the link in `lang` (the inviter's
 * page language) once it has committed; a mail server that fails makes the mail's job retry.
 */
export async function invite(
  deps: Deps,
  actor: Actor,
  network: Network,
  input: { email: string; role: NetworkRole },
  lang: Lang,
): Promise<{ id: string; invitation: NetworkInvitation }> {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  const email = input.email.trim();
  const now = deps.clock.now();
  const id = await deps.db.transaction().execute(async (trx) => {
    const { id, token } = await openInvitation(trx, NETWORK_INVITATIONS, now, {
      targetId: network.id,
      networkId: network.id,
      email,
      role: input.role,
      invitedBy: actor.id,
    });
    await audit(trx, {
      actorId: actor.id,
      action: "invitation.sent",
      networkId: network.id,
      details: { email, role: input.role, invitationId: id },
      at: now,
    });
    await emit(deps, trx, "identity.invitation.sent", {
      networkId: network.id,
      invitationId: id,
      lang,
      token: seal(deps.config, "event", token),
    });
    return id;
  });
  // The mail is queued with the invitation: it is on its way (a failing server makes its job retry).
  const invitation = (await invitationTo(deps.db, NETWORK_INVITATIONS, network.id, id))!;
  return { id, invitation };
}

export async function pendingInvitations(deps: Deps, actor: Actor, network: Network) {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  return pendingInvitationsTo(deps.db, NETWORK_INVITATIONS, network.id, deps.clock.now());
}

export async function invitationInNetwork(deps: Deps, actor: Actor, network: Network, id: string) {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  const inv = await invitationTo(deps.db, NETWORK_INVITATIONS, network.id, id);
  if (!inv) throw notFound();
  return inv;
}

export async function revokeInvitation(deps: Deps, actor: Actor, network: Network, id: string) {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  await revokeInvitationTo(deps, NETWORK_INVITATIONS, network.id, id, (trx, inv, now) =>
    audit(trx, {
      actorId: actor.id,
      action: "invitation.revoked",
      networkId: network.id,
      details: { email: inv.email, role: inv.role, invitationId: id },
      at: now,
    }),
  );
}

/** Accepts (adding the role) or declines as the signed-in person, who must have the invited address. */
export const respond = (deps: Deps, actor: Actor, ref: InvitationRef, answer: "accept" | "decline") =>
  answerInvitation(deps, actor, NETWORK_INVITATIONS, ref, answer, async (trx, inv, now) => {
    if (answer === "accept") await addNetworkRole(trx, inv.networkId, actor.id, inv.role);
    await audit(trx, {
      actorId: actor.id,
      action: answer === "accept" ? "invitation.accepted" : "invitation.declined",
      networkId: inv.networkId,
      subjectId: actor.id,
      details: { email: inv.email, role: inv.role, invitationId: inv.id },
      at: now,
    });
  });

/** Network invitations waiting for the signed-in person (their own area answers them by id). */
export const networkInvitationsFor = (deps: Deps, actor: Actor): Promise<NetworkInvitation[]> =>
  invitationsWaitingFor(deps, actor, NETWORK_INVITATIONS);
