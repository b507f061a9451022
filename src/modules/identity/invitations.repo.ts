// SQL for invitations, to a network or to anything a module invites to (a lab): each names its
// target by kind and id. Only the hash of an invitation's token is stored. Rows leave mapped
// (`Invitation`), with the name of the network they live in and of whoever invited.
import { sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables, InvitationStatus } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

/** An invitation as identity hands it out; `role` is one of its kind's roles (invitations.core.ts). */
export type Invitation<R extends string = string> = {
  id: string;
  kind: string;
  targetId: string;
  networkId: string;
  networkName: string;
  networkSlug: string;
  email: string;
  role: R;
  /** The organisation on whose behalf the person is invited, if any. */
  organisationId: string | null;
  invitedBy: string | null;
  inviterName: string | null;
  status: InvitationStatus;
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  acceptedBy: string | null;
};

export async function insertInvitation(
  db: Db,
  i: {
    id: string;
    kind: string;
    targetId: string;
    networkId: string;
    email: string;
    role: string;
    organisationId: string | null;
    tokenHash: string;
    invitedBy: string | null;
    now: Date;
    expiresAt: Date;
  },
) {
  await q(db)
    .insertInto("invitations")
    .values({
      id: i.id,
      target_kind: i.kind,
      target_id: i.targetId,
      network_id: i.networkId,
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

const withNames = (db: Db, kind: string) =>
  q(db)
    .selectFrom("invitations")
    .innerJoin("networks", "networks.id", "invitations.network_id")
    .leftJoin("accounts as inviter", "inviter.id", "invitations.invited_by")
    .selectAll("invitations")
    .select([
      "networks.name as network_name",
      "networks.slug as network_slug",
      "inviter.name as inviter_name",
    ])
    .where("invitations.target_kind", "=", kind);

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof withNames>["executeTakeFirst"]>>>;

const toInvitation = (r: Row): Invitation => ({
  id: r.id,
  kind: r.target_kind,
  targetId: r.target_id,
  networkId: r.network_id,
  networkName: r.network_name,
  networkSlug: r.network_slug,
  email: r.email,
  role: r.role,
  organisationId: r.organisation_id,
  invitedBy: r.invited_by,
  inviterName: r.inviter_name,
  status: r.status,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  respondedAt: r.responded_at,
  acceptedBy: r.accepted_by,
});

const mapped = (r: Row | undefined) => (r ? toInvitation(r) : undefined);

/** The invitation of `kind` whose token has this hash: another kind's link is unknown here. */
export async function findInvitationByTokenHash(db: Db, kind: string, tokenHash: string) {
  return mapped(await withNames(db, kind).where("invitations.token_hash", "=", tokenHash).executeTakeFirst());
}

/** The invitation of `kind` with this id, whatever its target. */
export async function findInvitationById(db: Db, kind: string, id: string) {
  return mapped(await withNames(db, kind).where("invitations.id", "=", id).executeTakeFirst());
}

/** Invitations of `kind` to one address (any case), pending and not yet expired, oldest first. */
export async function pendingInvitationsToAddress(db: Db, kind: string, email: string, now: Date) {
  const rows = await withNames(db, kind)
    .where(sql`lower(invitations.email)`, "=", email.toLowerCase())
    .where("invitations.status", "=", "pending")
    .where("invitations.expires_at", ">", now)
    .orderBy("invitations.created_at", "asc")
    .execute();
  return rows.map(toInvitation);
}

export async function findInvitation(db: Db, kind: string, targetId: string, id: string) {
  return mapped(
    await withNames(db, kind)
      .where("invitations.target_id", "=", targetId)
      .where("invitations.id", "=", id)
      .executeTakeFirst(),
  );
}

/** Pending and not yet expired, newest first; with `email`, only those to that address (any case). */
export async function listPendingInvitations(
  db: Db,
  kind: string,
  targetId: string,
  now: Date,
  email?: string,
): Promise<Invitation[]> {
  let qb = withNames(db, kind)
    .where("invitations.target_id", "=", targetId)
    .where("invitations.status", "=", "pending")
    .where("invitations.expires_at", ">", now);
  if (email) qb = qb.where(sql`lower(invitations.email)`, "=", email.toLowerCase());
  return (await qb.orderBy("invitations.created_at", "desc").execute()).map(toInvitation);
}

/** Moves a pending invitation to its final state; false when it was no longer pending. */
export async function closeInvitation(
  db: Db,
  id: string,
  status: "accepted" | "declined" | "revoked",
  now: Date,
  acceptedBy: string | null = null,
): Promise<boolean> {
  const r = await q(db)
    .updateTable("invitations")
    .set({ status, responded_at: now, accepted_by: acceptedBy })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
