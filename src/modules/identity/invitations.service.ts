// Invitations to a network: a coordinator invites an email address with a role; the link carries a
// random token (only its hash is stored) that expires after 14 days. Accepting adds the role.
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import type { Deps } from "../../platform/http/context.ts";
import { type Lang, translator } from "../../platform/i18n/index.ts";
import { hashToken, newId, newToken } from "../../platform/ids.ts";
import { audit } from "./audit.service.ts";
import {
  closeInvitation,
  findInvitation,
  findInvitationByTokenHash,
  type InvitationRow,
  insertInvitation,
  listPendingInvitations,
} from "./invitations.repo.ts";
import { addNetworkRole } from "./networks.repo.ts";
import { type Network, UUID } from "./networks.service.ts";
import { type Actor, can } from "./policy.ts";
import type { NetworkRole } from "./tables.ts";

export const INVITATION_DAYS = 14;
const DAY = 86_400_000;

export class InvitationError extends AppError {}

export type InvitationState = "pending" | "expired" | "accepted" | "declined" | "revoked";

export function invitationState(inv: InvitationRow, now: Date): InvitationState {
  if (inv.status !== "pending") return inv.status;
  return inv.expires_at.getTime() <= now.getTime() ? "expired" : "pending";
}

/**
 * Creates the invitation, then mails the link in `lang` (the inviter's page language). The mail is
 * sent after the write: a mail failure is logged and reported, and the coordinator can resend.
 */
export async function invite(
  deps: Deps,
  actor: Actor,
  network: Network,
  input: { email: string; role: NetworkRole },
  lang: Lang,
): Promise<{ id: string; mailed: boolean; invitation: InvitationRow }> {
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
  });
  const t = translator(lang);
  const link = `${deps.config.baseUrl}/invitations/${token}`;
  let mailed = true;
  try {
    await deps.mailer.send({
      to: email,
      subject: t("identity.invitations.mailSubject", { network: network.name }),
      text: t("identity.invitations.mailBody", {
        inviter: actor.name,
        network: network.name,
        role: t(`identity.roles.${input.role}`),
        link,
        days: INVITATION_DAYS,
      }),
    });
  } catch (err) {
    mailed = false;
    deps.log.error({ err, invitationId: id }, "invitation mail failed");
  }
  const invitation = (await findInvitation(deps.db, network.id, id))!;
  return { id, mailed, invitation };
}

export async function pendingInvitations(deps: Deps, actor: Actor, network: Network) {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  return listPendingInvitations(deps.db, network.id, deps.clock.now());
}

export async function invitationInNetwork(deps: Deps, actor: Actor, network: Network, id: string) {
  if (!can(actor, { action: "invite", networkId: network.id })) throw forbidden();
  if (!UUID.test(id)) throw notFound();
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
  if (!UUID.test(id)) throw notFound();
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

/** Accepts or declines as the signed-in person; the link is the proof of the invitation. */
export async function respond(deps: Deps, actor: Actor, token: string, answer: "accept" | "decline") {
  if (!can(actor, { action: "accept-invitation" })) throw forbidden();
  const inv = await invitationByToken(deps, token);
  const now = deps.clock.now();
  const state = invitationState(inv, now);
  if (state !== "pending")
    throw new InvitationError(410, `invitation-${state}`, `identity.invitations.state.${state}`);
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
