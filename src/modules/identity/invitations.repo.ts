// SQL for invitations to a network. Only the hash of an invitation's token is stored.
import { sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables, NetworkRole } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export async function insertInvitation(
  db: Db,
  i: {
    id: string;
    networkId: string;
    email: string;
    role: NetworkRole;
    tokenHash: string;
    invitedBy: string;
    now: Date;
    expiresAt: Date;
  },
) {
  await q(db)
    .insertInto("invitations")
    .values({
      id: i.id,
      network_id: i.networkId,
      email: i.email,
      role: i.role,
      token_hash: i.tokenHash,
      invited_by: i.invitedBy,
      created_at: i.now,
      expires_at: i.expiresAt,
      status: "pending",
      responded_at: null,
    })
    .execute();
}

const withNames = (db: Db) =>
  q(db)
    .selectFrom("invitations")
    .innerJoin("networks", "networks.id", "invitations.network_id")
    .leftJoin("accounts as inviter", "inviter.id", "invitations.invited_by")
    .selectAll("invitations")
    .select([
      "networks.name as network_name",
      "networks.slug as network_slug",
      "inviter.name as inviter_name",
    ]);

export type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitationByTokenHash>>>;

export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return withNames(db).where("invitations.token_hash", "=", tokenHash).executeTakeFirst();
}

export async function findInvitation(db: Db, networkId: string, id: string) {
  return withNames(db)
    .where("invitations.network_id", "=", networkId)
    .where("invitations.id", "=", id)
    .executeTakeFirst();
}

/** Pending and not yet expired, for the coordinators' list and the duplicate check. */
export async function listPendingInvitations(db: Db, networkId: string, now: Date, email?: string) {
  let qb = withNames(db)
    .where("invitations.network_id", "=", networkId)
    .where("invitations.status", "=", "pending")
    .where("invitations.expires_at", ">", now);
  if (email) qb = qb.where(sql`lower(invitations.email)`, "=", email.toLowerCase());
  return qb.orderBy("invitations.created_at", "desc").execute();
}

/** Moves a pending invitation to its final state; false when it was no longer pending. */
export async function closeInvitation(
  db: Db,
  id: string,
  status: "accepted" | "declined" | "revoked",
  now: Date,
): Promise<boolean> {
  const r = await q(db)
    .updateTable("invitations")
    .set({ status, responded_at: now })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
