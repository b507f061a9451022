// Invitations to a network: a coordinator invites an email address with a role; the link carries a
// random token (only its hash is stored) that expires after 14 days. Only the person signed in with
// the invited (verified) address may accept or decline; accepting adds the role. The mail leaves from
// a job: the invitation emits `identity.invitation.sent` in its transaction (events.handlers.ts).
import { seal } from "../../platform/crypto/sealed.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import type { Lang } from "../../platform/i18n/index.ts";
import { hashToken, isUuid, newId, newToken } from "../../platform/ids.ts";
import { audit } from "./audit.service.ts";
import { isInvitedAddress } from "./invitations.address.ts";
import {
  closeInvitation,
  findInvitation,
  findInvitationByTokenHash,
  type InvitationRow,
  insertInvitation,
  listPendingInvitations,
} from "./invitations.repo.ts";
import { addNetworkRole } from "./networks.repo.ts";
import type { Network } from "./networks.service.ts";
import { type Actor, can } from "./policy.ts";
import type { NetworkRole } from "./tables.ts";
import "./events.handlers.ts";
import "./messages.invitations.ts";

export const INVITATION_DAYS = 14;
const DAY = 86_400_000;

export class InvitationError extends AppError {}

/** The code of the refusal to someone signed in with another address than the invited one. */
export const OTHER_ADDRESS = "invitation-other-address";

export type InvitationState = "pending" | "expired" | "accepted" | "declined" | "revoked";

export function invitationState(inv: InvitationRow, now: Date): InvitationState {
  if (inv.status !== "pending") return inv.status;
  return inv.expires_at.getTime() <= now.getTime() ? "expired" : "pending";
}

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
): Promise<{ id: string; invitation: InvitationRow }> {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  const email = input.email.trim();
  const now = deps.clock.now();
  const token = newToken();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    // Checked inside the transaction; a unique index cannot express "pending and not expired".
    if ((await listPendingInvitations(trx, network.id, now, email)).length) {
      throw new InvitationError(409, "duplicate-invitation", "identity.invitations.duplicate");
    }
    await insertInvitation(trx, {
      id,
      networkId: network.id,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor.id,
      now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY),
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
  });
  // The mail is queued with the invitation: it is on its way (a failing server makes its job retry).
  const invitation = (await findInvitation(deps.db, network.id, id))!;
  return { id, invitation };
}

export async function pendingInvitations(deps: Deps, actor: Actor, network: Network) {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  return listPendingInvitations(deps.db, network.id, deps.clock.now());
}

export async function invitationInNetwork(deps: Deps, actor: Actor, network: Network, id: string) {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  if (!isUuid(id)) throw notFound();
  const inv = await findInvitation(deps.db, network.id, id);
  if (!inv) throw notFound();
  return inv;
}

export async function invitationByToken(deps: Deps, token: string): Promise<InvitationRow> {
  const inv = token.length <= 100 ? await findInvitationByTokenHash(deps.db, hashToken(token)) : undefined;
  if (!inv) throw notFound();
  return inv;
}

export async function revokeInvitation(deps: Deps, actor: Actor, network: Network, id: string) {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  if (!isUuid(id)) throw notFound();
  await deps.db.transaction().execute(async (trx) => {
    const inv = await findInvitation(trx, network.id, id);
    if (!inv) throw notFound();
    const now = deps.clock.now();
    if (!(await closeInvitation(trx, id, "revoked", now))) {
      throw new InvitationError(409, "not-pending", "identity.invitations.notPending");
    }
    await audit(trx, {
      actorId: actor.id,
      action: "invitation.revoked",
      networkId: network.id,
      details: { email: inv.email, role: inv.role, invitationId: id },
      at: now,
    });
  });
}

/**
 * Accepts or declines as the signed-in person, who must have the invited address: the link proves
 * only that they hold it, not that it was meant for them (a forwarded coordinator invitation must not
 * make its reader coordinator). Declining is refused too, so no one else can void the invitation.
 */
export async function respond(deps: Deps, actor: Actor, token: string, answer: "accept" | "decline") {
  if (!can(actor, { action: "accept-invitation" })) throw forbidden();
  const inv = await invitationByToken(deps, token);
  const now = deps.clock.now();
  const state = invitationState(inv, now);
  if (state !== "pending")
    throw new InvitationError(410, `invitation-${state}`, `identity.invitations.state.${state}`);
  if (!isInvitedAddress(actor, inv.email))
    throw new InvitationError(403, OTHER_ADDRESS, "identity.invitations.otherAddress.refused");
  await deps.db.transaction().execute(async (trx) => {
    if (!(await closeInvitation(trx, inv.id, answer === "accept" ? "accepted" : "declined", now))) {
      throw new InvitationError(410, "invitation-used", "identity.invitations.state.accepted");
    }
    if (answer === "accept") await addNetworkRole(trx, inv.network_id, actor.id, inv.role);
    await audit(trx, {
      actorId: actor.id,
      action: answer === "accept" ? "invitation.accepted" : "invitation.declined",
      networkId: inv.network_id,
      subjectId: actor.id,
      details: { email: inv.email, role: inv.role, invitationId: inv.id },
      at: now,
    });
  });
  return inv;
}
