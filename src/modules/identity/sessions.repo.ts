// SQL for sessions and for loading the signed-in actor with their roles.
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Db } from "../../platform/db/database.ts";
import type { Actor } from "./policy.ts";
import type { IdentityTables, NetworkRole } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export async function insertSession(
  db: Db,
  s: { id: string; accountId: string; expiresAt: Date; userAgent: string | null; now: Date },
): Promise<void> {
  await q(db)
    .insertInto("sessions")
    .values({
      id: s.id,
      account_id: s.accountId,
      expires_at: s.expiresAt,
      user_agent: s.userAgent,
      created_at: s.now,
      last_seen_at: s.now,
    })
    .execute();
}

export async function touchSession(db: Db, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await q(db)
    .updateTable("sessions")
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where("id", "=", sessionId)
    .execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await q(db).deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function deleteAccountSessions(db: Db, accountId: string): Promise<number> {
  const r = await q(db).deleteFrom("sessions").where("account_id", "=", accountId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/**
 * Sessions' accounts with everything the policy needs (network roles, confirmed organisations) in
 * one statement: on PostgreSQL each round trip costs more than the rows, and this runs for every
 * signed-in request whose session is not remembered (render-cache.ts, untilNextWrite). Several
 * sessions at once when requests arrive together (sessions.service.ts).
 */
export async function findSessionActors(db: Db, sessionIds: string[], now: Date) {
  return q(db)
    .selectFrom("sessions")
    .innerJoin("accounts", "accounts.id", "sessions.account_id")
    .select((eb) => [
      "sessions.id as session_id",
      "sessions.last_seen_at",
      "accounts.id",
      "accounts.email",
      "accounts.name",
      "accounts.is_admin",
      "accounts.language",
      "accounts.email_verified_at",
      jsonArrayFrom(
        eb
          .selectFrom("network_members")
          .select(["network_members.network_id", "network_members.role"])
          .whereRef("network_members.account_id", "=", "accounts.id"),
      ).as("network_roles"),
      jsonArrayFrom(
        eb
          .selectFrom("organisation_members")
          .innerJoin("organisations", "organisations.id", "organisation_members.organisation_id")
          .select(["organisations.id", "organisation_members.role", "organisations.is_pa"])
          .whereRef("organisation_members.account_id", "=", "accounts.id")
          .where("organisation_members.status", "=", "confirmed"),
      ).as("organisations"),
    ])
    .where("sessions.id", "in", sessionIds)
    .where("sessions.expires_at", ">", now)
    .execute();
}

/** The policy's view of an account's memberships, from its rows. */
export function membershipsOf(
  roles: readonly { network_id: string; role: NetworkRole }[],
  orgs: readonly { id: string; role: "manager" | "member"; is_pa: boolean }[],
): Pick<Actor, "networkRoles" | "organisations"> {
  const networkRoles: Record<string, NetworkRole[]> = {};
  for (const r of roles) {
    const list = networkRoles[r.network_id] ?? [];
    list.push(r.role);
    networkRoles[r.network_id] = list;
  }
  return { networkRoles, organisations: orgs.map((o) => ({ id: o.id, role: o.role, isPa: o.is_pa })) };
}

/** Roles and organisations of an account, for the policy. */
export async function loadActorMemberships(
  db: Db,
  accountId: string,
): Promise<Pick<Actor, "networkRoles" | "organisations">> {
  const [roles, orgs] = await Promise.all([
    q(db)
      .selectFrom("network_members")
      .select(["network_id", "role"])
      .where("account_id", "=", accountId)
      .execute(),
    q(db)
      .selectFrom("organisation_members")
      .innerJoin("organisations", "organisations.id", "organisation_members.organisation_id")
      .select(["organisations.id", "organisation_members.role", "organisations.is_pa"])
      .where("organisation_members.account_id", "=", accountId)
      .where("organisation_members.status", "=", "confirmed")
      .execute(),
  ]);
  return membershipsOf(roles, orgs);
}
