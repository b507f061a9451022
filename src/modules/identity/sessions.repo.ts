// SQL for sessions and for loading the signed-in actor with their roles.
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Db } from "../../platform/db/database.ts";
import type { Actor } from "./policy.ts";
import type { IdentityTables, NetworkRole } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

/**
 * The networks an organisation has been accepted into (its manager said yes), as text ids. The PA
 * rule counts an organisation only in these networks (policy.ts isPaMember, decision 0012).
 */
const acceptedNetworkIds = sql<string[]>`coalesce((
  select array_agg(nwo.network_id::text) from network_organisations nwo
  where nwo.organisation_id = organisations.id and nwo.status = 'accepted'
), '{}'::text[])`.as("network_ids");

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
 * sessions at once when requests arrive together (sessions.service.ts). Only sessions neither idle
 * past `expires_at` nor begun before `begunAfter` (the absolute lifetime) are found.
 */
export async function findSessionActors(db: Db, sessionIds: string[], now: Date, begunAfter: Date) {
  return (
    q(db)
      .selectFrom("sessions")
      .innerJoin("accounts", "accounts.id", "sessions.account_id")
      .select((eb) => [
        "sessions.id as session_id",
        "sessions.created_at",
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
            .select([
              "organisations.id",
              "organisation_members.role",
              "organisations.is_pa",
              acceptedNetworkIds,
            ])
            .whereRef("organisation_members.account_id", "=", "accounts.id")
            .where("organisation_members.status", "=", "confirmed"),
        ).as("organisations"),
      ])
      .where("sessions.id", "in", sessionIds)
      .where("sessions.expires_at", ">", now)
      // The absolute lifetime holds even for a row whose expiry was written before it was introduced.
      .where("sessions.created_at", ">", begunAfter)
      .execute()
  );
}

/** The policy's view of an account's memberships, from its rows. */
export function membershipsOf(
  roles: readonly { network_id: string; role: NetworkRole }[],
  orgs: readonly { id: string; role: "manager" | "member"; is_pa: boolean; network_ids: string[] }[],
): Pick<Actor, "networkRoles" | "organisations"> {
  const networkRoles: Record<string, NetworkRole[]> = {};
  for (const r of roles) {
    const list = networkRoles[r.network_id] ?? [];
    list.push(r.role);
    networkRoles[r.network_id] = list;
  }
  return {
    networkRoles,
    organisations: orgs.map((o) => ({ id: o.id, role: o.role, isPa: o.is_pa, networkIds: o.network_ids })),
  };
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
      .select(["organisations.id", "organisation_members.role", "organisations.is_pa", acceptedNetworkIds])
      .where("organisation_members.account_id", "=", accountId)
      .where("organisation_members.status", "=", "confirmed")
      .execute(),
  ]);
  return membershipsOf(roles, orgs);
}
