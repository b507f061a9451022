// The only SQL for invitations to a lab and the organisations taking part in it. Only the hash of
// an invitation's token is stored.
import { sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { LabExtrasTables } from "./materials.tables.ts";
import type { LabsTables } from "./tables.ts";

const q = (db: Db) => db.withTables<LabsTables & LabExtrasTables>();

export async function insertLabInvitation(
  db: Db,
  i: {
    id: string;
    labId: string;
    email: string;
    role: "facilitator" | "member";
    organisationId: string | null;
    tokenHash: string;
    invitedBy: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await q(db)
    .insertInto("lab_invitations")
    .values({
      id: i.id,
      lab_id: i.labId,
      email: i.email,
      role: i.role,
      organisation_id: i.organisationId,
      token_hash: i.tokenHash,
      invited_by: i.invitedBy,
      created_at: i.now,
      expires_at: i.expiresAt,
      status: "pending",
      responded_at: null,
      accepted_by: null,
    })
    .execute();
}

const withLab = (db: Db) =>
  q(db)
    .selectFrom("lab_invitations")
    .innerJoin("labs", "labs.id", "lab_invitations.lab_id")
    .selectAll("lab_invitations")
    .select(["labs.slug as lab_slug", "labs.title as lab_title", "labs.network_id as lab_network_id"]);

export type LabInvitationRow = NonNullable<Awaited<ReturnType<typeof findLabInvitationByTokenHash>>>;

export const findLabInvitationByTokenHash = (db: Db, tokenHash: string) =>
  withLab(db).where("lab_invitations.token_hash", "=", tokenHash).executeTakeFirst();

export const findLabInvitation = (db: Db, labId: string, id: string) =>
  withLab(db)
    .where("lab_invitations.lab_id", "=", labId)
    .where("lab_invitations.id", "=", id)
    .executeTakeFirst();

/** Pending and not yet expired, newest first; with `email`, only those to that address. */
export function pendingLabInvitations(db: Db, labId: string, now: Date, email?: string) {
  let qb = withLab(db)
    .where("lab_invitations.lab_id", "=", labId)
    .where("lab_invitations.status", "=", "pending")
    .where("lab_invitations.expires_at", ">", now);
  if (email) qb = qb.where(sql`lower(lab_invitations.email)`, "=", email.toLowerCase());
  return qb.orderBy("lab_invitations.created_at", "desc").execute();
}

/** Moves a pending invitation to its final state; false when it was no longer pending. */
export async function closeLabInvitation(
  db: Db,
  id: string,
  status: "accepted" | "declined" | "revoked",
  now: Date,
  acceptedBy: string | null,
): Promise<boolean> {
  const r = await q(db)
    .updateTable("lab_invitations")
    .set({ status, responded_at: now, accepted_by: acceptedBy })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function addLabOrganisation(db: Db, labId: string, organisationId: string): Promise<void> {
  await q(db)
    .insertInto("lab_organisations")
    .values({ lab_id: labId, organisation_id: organisationId })
    .onConflict((oc) => oc.columns(["lab_id", "organisation_id"]).doNothing())
    .execute();
}

export async function labOrganisationIds(db: Db, labId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("lab_organisations")
    .select("organisation_id")
    .where("lab_id", "=", labId)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => r.organisation_id);
}

/** Adds a person to the lab; an existing facilitator stays one. */
export async function addPersonToLab(
  db: Db,
  labId: string,
  accountId: string,
  role: "facilitator" | "member",
) {
  await q(db)
    .insertInto("lab_members")
    .values({ lab_id: labId, account_id: accountId, role })
    .onConflict((oc) =>
      oc
        .columns(["lab_id", "account_id"])
        .doUpdateSet(role === "facilitator" ? { role } : { role: sql`lab_members.role` }),
    )
    .execute();
}

/** Takes a person out of the lab; false when they were not in it. */
export async function removePersonFromLab(db: Db, labId: string, accountId: string): Promise<boolean> {
  const r = await q(db)
    .deleteFrom("lab_members")
    .where("lab_id", "=", labId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Takes an organisation out of the lab; false when it was not taking part. */
export async function removeLabOrganisation(db: Db, labId: string, organisationId: string): Promise<boolean> {
  const r = await q(db)
    .deleteFrom("lab_organisations")
    .where("lab_id", "=", labId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
