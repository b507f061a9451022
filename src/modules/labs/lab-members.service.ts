// A lab's members: curators invite people by email (optionally on behalf of one of the network's
// organisations, which then takes part in the lab); the link carries a random token (only its hash
// is stored) and expires after 14 days. Accepting, signed in with the invited (verified) address,
// adds the person (and the organisation).
// The mail leaves from a job: the invitation emits `labs.invitation.sent` in its transaction and the
// handler (events.handlers.ts) queues the mail, so a mail server that fails is retried.
// Every invitation sent, answered or revoked, and every organisation added, is written to identity's
// audit log (lab.*) in the same transaction as the change, as the network's own invitations are.
import { type Actor, actorOf, type Caller } from "../../platform/auth/index.ts";
import { seal } from "../../platform/crypto/sealed.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import type { Lang } from "../../platform/i18n/index.ts";
import { hashToken, isUuid, newId, newToken } from "../../platform/ids.ts";
import { accountContact, audit, can, isInvitedAddress, memberOrganisations } from "../identity/index.ts";
import {
  addLabOrganisation,
  addPersonToLab,
  closeLabInvitation,
  findLabInvitation,
  findLabInvitationByTokenHash,
  insertLabInvitation,
  type LabInvitationRow,
  labOrganisationIds,
  pendingLabInvitations,
} from "./lab-members.repo.ts";
import type { Lab } from "./labs.types.ts";
import { dropNul } from "./materials.text.ts";
import { canCurateLab, canSeeLab, LAB_INVITATION_DAYS, can as labPolicy } from "./policy.ts";
import "./events.handlers.ts";
import "./messages.audit.ts";
import "./messages.materials.ts";

export { LAB_INVITATION_DAYS };

const DAY = 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type LabInvitationState = "pending" | "expired" | "accepted" | "declined" | "revoked";
export const labInvitationState = (inv: LabInvitationRow, now: Date): LabInvitationState =>
  inv.status !== "pending" ? inv.status : inv.expires_at.getTime() <= now.getTime() ? "expired" : "pending";

export type LabOrganisation = { id: string; slug: string; name: string };
export type LabPerson = { id: string; name: string; role: "facilitator" | "member" };

const field = (status: number, f: string, key: string) =>
  new AppError(status, status === 409 ? "duplicate-invitation" : "validation-failed", "form.invalid", [
    { field: f, message: key },
  ]);

/** What an audit entry says of the lab (the audit page shows `lab` as the entry's {lab}). */
const labDetails = (lab: { id: string; title: string }) => ({ lab: lab.title, labId: lab.id });

/** The network's organisations that may be named in an invitation. */
export const invitableOrganisations = async (deps: Deps, lab: Lab): Promise<LabOrganisation[]> =>
  (await memberOrganisations(deps, lab.networkId)).map((o) => ({ id: o.id, slug: o.slug, name: o.name }));

/** Invites as `caller` (SYSTEM for demo data, naming `inviterName`); answers the link's token too,
 * for internal callers (pages never show it: it goes by mail only). */
export async function inviteToLab(
  deps: Deps,
  caller: Caller | null,
  lab: Lab,
  input: { email: string; role: string; organisationId: string },
  lang: Lang,
  inviterName = "",
): Promise<{ token: string }> {
  const actor = actorOf(caller);
  if (!labPolicy(caller, "see", lab)) throw notFound();
  if (!labPolicy(caller, "curate", lab)) throw forbidden();
  const email = dropNul(input.email).trim();
  if (!EMAIL.test(email) || email.length > 254)
    throw field(422, "email", email ? "form.invalidEmail" : "form.required");
  const role = input.role === "facilitator" ? "facilitator" : input.role === "member" ? "member" : null;
  if (!role) throw field(422, "role", "form.invalidChoice");
  let organisation: LabOrganisation | null = null;
  if (input.organisationId) {
    organisation =
      (await invitableOrganisations(deps, lab)).find((o) => o.id === input.organisationId) ?? null;
    if (!organisation) throw field(422, "organisationId", "form.invalidChoice");
  }
  const now = deps.clock.now();
  const token = newToken();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    if ((await pendingLabInvitations(trx, lab.id, now, email)).length)
      throw field(409, "email", "labs.members.errors.duplicate");
    await insertLabInvitation(trx, {
      id,
      labId: lab.id,
      email,
      role,
      organisationId: organisation?.id ?? null,
      tokenHash: hashToken(token),
      invitedBy: actor?.id ?? null,
      now,
      expiresAt: new Date(now.getTime() + LAB_INVITATION_DAYS * DAY),
    });
    await audit(trx, {
      actorId: actor?.id ?? null,
      action: "lab.invitation-sent",
      networkId: lab.networkId,
      details: {
        ...labDetails(lab),
        invitationId: id,
        email,
        role,
        organisation: organisation?.name ?? null,
      },
      at: now,
    });
    await emit(deps, trx, "labs.invitation.sent", {
      labId: lab.id,
      invitationId: id,
      lang,
      token: seal(deps.config, "event", token),
      ...(actor ? {} : { inviterName }),
    });
  });
  // Queued with the invitation, so the mail leaves once it has committed (retried if the server fails).
  return { token };
}

export async function pendingInvitationsOf(deps: Deps, actor: Actor | null, lab: Lab) {
  if (!canCurateLab(actor, lab)) return [];
  return pendingLabInvitations(deps.db, lab.id, deps.clock.now());
}

export async function revokeLabInvitation(
  deps: Deps,
  actor: Actor | null,
  lab: Lab,
  id: string,
): Promise<void> {
  if (!canSeeLab(actor, lab)) throw notFound();
  if (!canCurateLab(actor, lab)) throw forbidden();
  const inv = isUuid(id) ? await findLabInvitation(deps.db, lab.id, id) : undefined;
  if (!inv) throw notFound();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await closeLabInvitation(trx, id, "revoked", now, null)))
      throw new AppError(409, "not-pending", "labs.members.errors.notPending");
    await audit(trx, {
      actorId: actor?.id ?? null,
      action: "lab.invitation-revoked",
      networkId: lab.networkId,
      details: { ...labDetails(lab), invitationId: id, email: inv.email, role: inv.role },
      at: now,
    });
  });
}

export async function labInvitationByToken(deps: Deps, token: string): Promise<LabInvitationRow> {
  const inv = token.length <= 100 ? await findLabInvitationByTokenHash(deps.db, hashToken(token)) : undefined;
  if (!inv) throw notFound();
  return inv;
}

export class LabInvitationError extends AppError {}

/** The code of the refusal to someone signed in with another address than the invited one. */
export const OTHER_ADDRESS = "invitation-other-address";

/**
 * Accepts or declines as the signed-in person, who must have the invited address: holding the link
 * does not make one the invitee (a forwarded facilitator invitation must not make its reader one).
 */
export async function respondToLabInvitation(
  deps: Deps,
  actor: Actor,
  token: string,
  answer: "accept" | "decline",
): Promise<LabInvitationRow> {
  if (!can(actor, { action: "accept-invitation" })) throw forbidden();
  const inv = await labInvitationByToken(deps, token);
  const now = deps.clock.now();
  const state = labInvitationState(inv, now);
  if (state !== "pending")
    throw new LabInvitationError(410, `invitation-${state}`, `labs.members.state.${state}`);
  if (!isInvitedAddress(actor, inv.email))
    throw new LabInvitationError(403, OTHER_ADDRESS, "identity.invitations.otherAddress.refused");
  await deps.db.transaction().execute(async (trx) => {
    const closed = await closeLabInvitation(
      trx,
      inv.id,
      answer === "accept" ? "accepted" : "declined",
      now,
      answer === "accept" ? actor.id : null,
    );
    if (!closed) throw new LabInvitationError(410, "invitation-used", "labs.members.state.accepted");
    if (answer === "accept") {
      await addPersonToLab(trx, inv.lab_id, actor.id, inv.role);
      if (inv.organisation_id) await addLabOrganisation(trx, inv.lab_id, inv.organisation_id);
    }
    await audit(trx, {
      actorId: actor.id,
      action: answer === "accept" ? "lab.invitation-accepted" : "lab.invitation-declined",
      networkId: inv.lab_network_id,
      subjectId: actor.id,
      details: {
        ...labDetails({ id: inv.lab_id, title: inv.lab_title }),
        invitationId: inv.id,
        role: inv.role,
        ...(inv.organisation_id ? { organisationId: inv.organisation_id } : {}),
      },
      at: now,
    });
  });
  return inv;
}

/** The organisations taking part (for whoever sees the lab) and the people (names only, for those
 * who may see the network's people, or are in the lab). */
export async function membersOf(
  deps: Deps,
  actor: Actor | null,
  lab: Lab,
): Promise<{ organisations: LabOrganisation[]; people: LabPerson[] | null }> {
  const ids = await labOrganisationIds(deps.db, lab.id);
  const orgs = ids.length ? await invitableOrganisations(deps, lab) : [];
  const organisations = ids
    .map((id) => orgs.find((o) => o.id === id))
    .filter((o): o is LabOrganisation => Boolean(o));
  const mayName =
    can(actor, { action: "view-members", networkId: lab.networkId }) ||
    Boolean(actor && lab.members.some((m) => m.accountId === actor.id));
  if (!mayName) return { organisations, people: null };
  const people: LabPerson[] = [];
  for (const m of lab.members) {
    const contact = await accountContact(deps, m.accountId);
    if (contact) people.push({ id: m.accountId, name: contact.name, role: m.role });
  }
  people.sort((a, b) =>
    a.role === b.role ? a.name.localeCompare(b.name) : a.role === "facilitator" ? -1 : 1,
  );
  return { organisations, people };
}

/**
 * Adds one of the network's organisations to the lab directly (curators; demo data passes SYSTEM,
 * always by name: no default, so a route that forgot its actor cannot act as the system).
 */
export async function addOrganisationToLab(
  deps: Deps,
  lab: Lab,
  organisationId: string,
  caller: Caller,
): Promise<void> {
  const actor = actorOf(caller);
  if (!labPolicy(caller, "see", lab)) throw notFound();
  if (!labPolicy(caller, "curate", lab)) throw forbidden();
  if (!(await invitableOrganisations(deps, lab)).some((o) => o.id === organisationId))
    throw field(422, "addOrganisationId", "form.invalidChoice");
  await deps.db.transaction().execute(async (trx) => {
    await addLabOrganisation(trx, lab.id, organisationId);
    // The audit page names the organisation from organisation_id, the lab from the details.
    await audit(trx, {
      actorId: actor?.id ?? null,
      action: "lab.organisation-added",
      networkId: lab.networkId,
      organisationId,
      details: labDetails(lab),
      at: deps.clock.now(),
    });
  });
}
