// The one invitation system (decision 0048): an address is invited, with a role, to a target of some
// kind (a network here, a lab in labs); the link carries a random token (only its hash is stored) that
// expires after the kind's days. Only the person signed in with the invited (verified) address may
// answer it (decision 0014): that rule, the states and the single use live here, for every kind. What
// an invitation is for stays with its kind's module: who may invite, the page, the mail, the audit
// entries, and what accepting adds (the `answered` and `revoked` steps, run in the same transaction).
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { hashToken, isUuid, newId, newToken } from "../../platform/ids.ts";
import { isInvitedAddress } from "./invitations.address.ts";
import {
  closeInvitation,
  findInvitation,
  findInvitationById,
  findInvitationByTokenHash,
  type Invitation,
  insertInvitation,
  listPendingInvitations,
  pendingInvitationsToAddress,
} from "./invitations.repo.ts";
import { type Actor, can } from "./policy.ts";
import "./messages.invitations.ts";

export type { Invitation };

const DAY = 86_400_000;

/** What one module invites to. Declared once by that module and passed to every verb below. */
export type InvitationKind<R extends string> = {
  /** Stored as the invitation's `target_kind`: what its `target_id` names ("network", "lab"). */
  name: string;
  /** The roles an invitation of this kind may give. */
  roles: readonly R[];
  /** How long the link works. */
  days: number;
  /** The prefix of the messages naming each state (`${states}.expired`, `.accepted`, …). */
  states: string;
};

export class InvitationError extends AppError {}

/** The code of the refusal to someone signed in with another address than the invited one. */
export const OTHER_ADDRESS = "invitation-other-address";

export type InvitationState = "pending" | "expired" | "accepted" | "declined" | "revoked";

export function invitationState(inv: Invitation, now: Date): InvitationState {
  if (inv.status !== "pending") return inv.status;
  return inv.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

/** The row as its kind's: a role outside the kind's roles cannot have been written by its module. */
function ofKind<R extends string>(kind: InvitationKind<R>, inv: Invitation | undefined) {
  if (inv && !(kind.roles as readonly string[]).includes(inv.role))
    throw new Error(`invitation ${inv.id}: role ${inv.role} is not one of ${kind.name}'s`);
  return inv as Invitation<R> | undefined;
}

/**
 * Opens an invitation inside the caller's transaction `trx` (where it also writes its audit entry and
 * the event that mails the link). A second pending invitation to the same address (any case) for the
 * same target is a 409 `duplicate-invitation`: checked in the transaction, as a unique index cannot
 * say "pending and not expired". `token` is chosen here; only demo data passes a known one.
 */
export async function openInvitation<R extends string>(
  trx: Db,
  kind: InvitationKind<R>,
  now: Date,
  i: {
    targetId: string;
    networkId: string;
    email: string;
    role: R;
    organisationId?: string | null;
    invitedBy: string | null;
    token?: string;
  },
): Promise<{ id: string; token: string }> {
  if (!kind.roles.includes(i.role)) throw new Error(`${kind.name} invitations give no role ${i.role}`);
  if ((await listPendingInvitations(trx, kind.name, i.targetId, now, i.email)).length)
    throw new InvitationError(409, "duplicate-invitation", "identity.invitations.duplicate");
  const id = newId();
  const token = i.token ?? newToken();
  await insertInvitation(trx, {
    id,
    kind: kind.name,
    targetId: i.targetId,
    networkId: i.networkId,
    email: i.email,
    role: i.role,
    organisationId: i.organisationId ?? null,
    tokenHash: hashToken(token),
    invitedBy: i.invitedBy,
    now,
    expiresAt: new Date(now.getTime() + kind.days * DAY),
  });
  return { id, token };
}

/** The target's invitations still waiting for an answer, newest first. */
export async function pendingInvitationsTo<R extends string>(
  db: Db,
  kind: InvitationKind<R>,
  targetId: string,
  now: Date,
): Promise<Invitation<R>[]> {
  return (await listPendingInvitations(db, kind.name, targetId, now)).map((i) => ofKind(kind, i)!);
}

/** One of the target's invitations, whatever its state; undefined when there is none by that id. */
export async function invitationTo<R extends string>(
  db: Db,
  kind: InvitationKind<R>,
  targetId: string,
  id: string,
): Promise<Invitation<R> | undefined> {
  return isUuid(id) ? ofKind(kind, await findInvitation(db, kind.name, targetId, id)) : undefined;
}

/** The invitation behind a link, for anyone holding it; a 404 for an unknown link or another kind's. */
export async function invitationByToken<R extends string>(
  deps: Deps,
  kind: InvitationKind<R>,
  token: string,
): Promise<Invitation<R>> {
  const inv =
    token.length <= 100 ? await findInvitationByTokenHash(deps.db, kind.name, hashToken(token)) : undefined;
  if (!inv) throw notFound();
  return ofKind(kind, inv)!;
}

/** How a person names the invitation they answer: the mailed link, or its id from their own area. */
export type InvitationRef = { token: string } | { id: string };

/** The invitation a reference names; a 404 for an unknown one or another kind's. */
export async function invitationByRef<R extends string>(
  deps: Deps,
  kind: InvitationKind<R>,
  ref: InvitationRef,
): Promise<Invitation<R>> {
  if ("token" in ref) return invitationByToken(deps, kind, ref.token);
  const inv = isUuid(ref.id) ? await findInvitationById(deps.db, kind.name, ref.id) : undefined;
  if (!inv) throw notFound();
  return ofKind(kind, inv)!;
}

/**
 * The invitations of `kind` waiting for the signed-in person: pending, not expired, to their
 * verified address (an unverified one could be anybody's, so it is shown none).
 */
export async function invitationsWaitingFor<R extends string>(
  deps: Deps,
  actor: Actor,
  kind: InvitationKind<R>,
): Promise<Invitation<R>[]> {
  if (!actor.emailVerified) return [];
  const rows = await pendingInvitationsToAddress(deps.db, kind.name, actor.email, deps.clock.now());
  return rows.map((i) => ofKind(kind, i)!);
}

/**
 * Revokes a pending invitation (the caller has checked who may); `revoked` writes the kind's audit
 * entry in the same transaction. A 404 for an unknown id, a 409 `not-pending` when already closed.
 */
export async function revokeInvitationTo<R extends string>(
  deps: Deps,
  kind: InvitationKind<R>,
  targetId: string,
  id: string,
  revoked: (trx: Db, inv: Invitation<R>, now: Date) => Promise<void>,
): Promise<Invitation<R>> {
  return deps.db.transaction().execute(async (trx) => {
    const inv = await invitationTo(trx, kind, targetId, id);
    if (!inv) throw notFound();
    const now = deps.clock.now();
    if (!(await closeInvitation(trx, id, "revoked", now)))
      throw new InvitationError(409, "not-pending", "identity.invitations.notPending");
    await revoked(trx, inv, now);
    return inv;
  });
}

/**
 * Accepts or declines as the signed-in person, who must have the invited address — by the mailed link
 * or, from their own area, by its id (the verified address is the proof either way). The link proves
 * only that they hold it, not that it was meant for them (a forwarded coordinator invitation must not
 * make its reader coordinator). Declining is refused too, so no one else can void the invitation.
 * `answered` does what the answer means for the kind (adds the role on acceptance, writes the audit
 * entry) in the transaction that closes the invitation, which a link can do once only.
 */
export async function answerInvitation<R extends string>(
  deps: Deps,
  actor: Actor,
  kind: InvitationKind<R>,
  ref: InvitationRef,
  answer: "accept" | "decline",
  answered: (trx: Db, inv: Invitation<R>, now: Date) => Promise<void>,
): Promise<Invitation<R>> {
  if (!can(actor, { action: "accept-invitation" })) throw forbidden();
  const inv = await invitationByRef(deps, kind, ref);
  const now = deps.clock.now();
  const state = invitationState(inv, now);
  if (state !== "pending") throw new InvitationError(410, `invitation-${state}`, `${kind.states}.${state}`);
  if (!isInvitedAddress(actor, inv.email))
    throw new InvitationError(403, OTHER_ADDRESS, "identity.invitations.otherAddress.refused");
  await deps.db.transaction().execute(async (trx) => {
    const status = answer === "accept" ? "accepted" : "declined";
    if (!(await closeInvitation(trx, inv.id, status, now, answer === "accept" ? actor.id : null)))
      throw new InvitationError(410, "invitation-used", `${kind.states}.accepted`);
    await answered(trx, inv, now);
  });
  return inv;
}
