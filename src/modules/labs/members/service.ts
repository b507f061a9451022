// A lab's members: curators invite people by email (optionally on behalf of one of the network's
// organisations, which then takes part in the lab), through identity's invitations (the "lab" kind,
// members/lab-invitations.kind.ts): the link expires after 14 days, and accepting, signed in with the invited
// (verified) address, adds the person (and the organisation).
// The mail leaves from a job: the invitation emits `labs.invitation.sent` in its transaction and the
// handler (events.handlers.ts) queues the mail, so a mail server that fails is retried.
// Every invitation sent, answered or revoked, and every organisation added, is written to identity's
// audit log (lab.*) in the same transaction as the change, as the network's own invitations are.
import { type Actor, actorOf, type Caller } from "../../../platform/auth/index.ts";
import { seal } from "../../../platform/crypto/sealed.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import type { Lang } from "../../../platform/i18n/index.ts";
import {
  accountContact,
  answerInvitation,
  audit,
  can,
  InvitationError,
  type InvitationRef,
  invitationByRef,
  invitationsWaitingFor,
  memberOrganisations,
  openInvitation,
  pendingInvitationsTo,
  revokeInvitationTo,
} from "../../identity/index.ts";
import { loadLab } from "../labs.service.ts";
import type { Lab } from "../labs.types.ts";
import { dropNul } from "../materials/text.ts";
import { canCurateLab, canSeeLab, LAB_INVITATION_DAYS, can as labPolicy } from "../policy.ts";
import { LAB_INVITATIONS, type LabInvitation } from "./lab-invitations.kind.ts";
import { addLabOrganisation, addPersonToLab, labOrganisationIds } from "./repo.ts";
import "../events.handlers.ts";
import "../messages.audit.ts";
import "./messages.members.ts";

export { LAB_INVITATION_DAYS };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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
): Promise<{ id: string; token: string }> {
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
  return deps.db
    .transaction()
    .execute(async (trx) => {
      const { id, token } = await openInvitation(trx, LAB_INVITATIONS, now, {
        targetId: lab.id,
        networkId: lab.networkId,
        email,
        role,
        organisationId: organisation?.id ?? null,
        invitedBy: actor?.id ?? null,
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
      // The mail is queued with the invitation (the event), so it leaves once this has committed.
      return { id, token };
    })
    .catch((err) => {
      if (err instanceof InvitationError && err.code === "duplicate-invitation")
        throw field(409, "email", "labs.members.errors.duplicate");
      throw err;
    });
}

export async function pendingInvitationsOf(deps: Deps, actor: Actor | null, lab: Lab) {
  if (!canCurateLab(actor, lab)) return [];
  return pendingInvitationsTo(deps.db, LAB_INVITATIONS, lab.id, deps.clock.now());
}

/** Revokes a pending invitation: a 404 for an unknown one, a 409 when it was already answered. */
export async function revokeLabInvitation(
  deps: Deps,
  actor: Actor | null,
  lab: Lab,
  id: string,
): Promise<void> {
  if (!canSeeLab(actor, lab)) throw notFound();
  if (!canCurateLab(actor, lab)) throw forbidden();
  await revokeInvitationTo(deps, LAB_INVITATIONS, lab.id, id, (trx, inv, now) =>
    audit(trx, {
      actorId: actor?.id ?? null,
      action: "lab.invitation-revoked",
      networkId: lab.networkId,
      details: { ...labDetails(lab), invitationId: id, email: inv.email, role: inv.role },
      at: now,
    }),
  );
}

/** The invitation behind a link, with its lab; a 404 for an unknown link (or a network's). */
export async function labInvitationByToken(
  deps: Deps,
  token: string,
): Promise<{ inv: LabInvitation; lab: Lab }> {
  return labInvitationByRef(deps, { token });
}

async function labInvitationByRef(deps: Deps, ref: InvitationRef): Promise<{ inv: LabInvitation; lab: Lab }> {
  const inv = await invitationByRef(deps, LAB_INVITATIONS, ref);
  return { inv, lab: await loadLab(deps, inv.targetId) };
}

/** Lab invitations waiting for the signed-in person, with their labs (for their own area). */
export async function labInvitationsFor(
  deps: Deps,
  actor: Actor,
): Promise<{ inv: LabInvitation; lab: Lab }[]> {
  const list = await invitationsWaitingFor(deps, actor, LAB_INVITATIONS);
  return Promise.all(list.map(async (inv) => ({ inv, lab: await loadLab(deps, inv.targetId) })));
}

/**
 * Accepts or declines as the signed-in person, who must have the invited address (identity refuses
 * anyone else: a forwarded facilitator invitation must not make its reader one). Accepting adds the
 * person, and the organisation named in the invitation, in the transaction that closes it.
 */
export async function respondToLabInvitation(
  deps: Deps,
  actor: Actor,
  ref: InvitationRef,
  answer: "accept" | "decline",
): Promise<LabInvitation> {
  // Identity asks this too; asked first here so that an unverified account gets its 403 before the
  // lab is looked up (as before the invitations were identity's).
  if (!can(actor, { action: "accept-invitation" })) throw forbidden();
  const { lab } = await labInvitationByRef(deps, ref);
  return answerInvitation(deps, actor, LAB_INVITATIONS, ref, answer, async (trx, inv, now) => {
    if (answer === "accept") {
      await addPersonToLab(trx, lab.id, actor.id, inv.role);
      if (inv.organisationId) await addLabOrganisation(trx, lab.id, inv.organisationId);
    }
    await audit(trx, {
      actorId: actor.id,
      action: answer === "accept" ? "lab.invitation-accepted" : "lab.invitation-declined",
      networkId: lab.networkId,
      subjectId: actor.id,
      details: {
        ...labDetails(lab),
        invitationId: inv.id,
        role: inv.role,
        ...(inv.organisationId ? { organisationId: inv.organisationId } : {}),
      },
      at: now,
    });
  });
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
