// SQL for the audit log: rows are only ever inserted and read, never changed.
import { sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export type AuditEntry = {
  actorId: string | null;
  action: string;
  networkId?: string | null;
  organisationId?: string | null;
  subjectId?: string | null;
  details?: Record<string, unknown>;
  at: Date;
};

export async function insertAudit(db: Db, e: AuditEntry): Promise<void> {
  await q(db)
    .insertInto("audit_log")
    .values({
      id: newId(),
      at: e.at,
      actor_id: e.actorId,
      action: e.action,
      network_id: e.networkId ?? null,
      organisation_id: e.organisationId ?? null,
      subject_id: e.subjectId ?? null,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}

/** Newest first, with the names of the actor, the subject person, the network and the organisation. */
export async function listAudit(db: Db, f: { networkId?: string }, page: { limit: number; offset: number }) {
  let base = q(db).selectFrom("audit_log");
  if (f.networkId) base = base.where("audit_log.network_id", "=", f.networkId);
  const [rows, count] = await Promise.all([
    base
      .leftJoin("accounts as actor", "actor.id", "audit_log.actor_id")
      .leftJoin("accounts as subject", "subject.id", "audit_log.subject_id")
      .leftJoin("networks", "networks.id", "audit_log.network_id")
      .leftJoin("organisations", "organisations.id", "audit_log.organisation_id")
      .select([
        "audit_log.id",
        "audit_log.at",
        "audit_log.action",
        "audit_log.details",
        "audit_log.subject_id",
        "actor.name as actor_name",
        "subject.name as subject_name",
        "networks.name as network_name",
        "networks.slug as network_slug",
        "organisations.name as organisation_name",
        "organisations.slug as organisation_slug",
      ])
      .orderBy("audit_log.at", "desc")
      .orderBy(sql`audit_log.id`, "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
