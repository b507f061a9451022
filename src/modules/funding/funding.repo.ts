// The only SQL for funding calls and their links to practices.
import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { FundingTables } from "./tables.ts";

const q = (db: Db) => db.withTables<FundingTables>();

export type CallRow = Selectable<FundingTables["funding_calls"]>;
export type NewCallRow = Insertable<FundingTables["funding_calls"]>;
export type CallRowPatch = Updateable<FundingTables["funding_calls"]>;

export async function insertCall(db: Db, row: NewCallRow): Promise<void> {
  await q(db).insertInto("funding_calls").values(row).execute();
}

export async function updateCallRow(db: Db, id: string, patch: CallRowPatch): Promise<void> {
  await q(db).updateTable("funding_calls").set(patch).where("id", "=", id).execute();
}

export const findCallBySlug = (db: Db, slug: string) =>
  q(db).selectFrom("funding_calls").selectAll().where("slug", "=", slug).executeTakeFirst();

export const findCallById = (db: Db, id: string) =>
  q(db).selectFrom("funding_calls").selectAll().where("id", "=", id).executeTakeFirst();

/** Every call (optionally of one network, or only public ones), by deadline; visibility is the caller's. */
export function allCalls(db: Db, o: { networkId?: string; publicOnly?: boolean } = {}) {
  let query = q(db).selectFrom("funding_calls").selectAll();
  if (o.networkId) query = query.where("network_id", "=", o.networkId);
  if (o.publicOnly) query = query.where("visibility", "=", "public");
  return query.orderBy("deadline", "asc").orderBy("id", "asc").execute();
}

export async function callSlugsStartingWith(db: Db, base: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("funding_calls")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base.replace(/[\\%_]/g, "\\$&")}-%`)]))
    .execute();
  return rows.map((r) => r.slug);
}

export async function setCallPractices(db: Db, callId: string, practiceIds: string[]): Promise<void> {
  await q(db).deleteFrom("funding_call_practices").where("call_id", "=", callId).execute();
  if (practiceIds.length)
    await q(db)
      .insertInto("funding_call_practices")
      .values([...new Set(practiceIds)].map((practice_id) => ({ call_id: callId, practice_id })))
      .execute();
}

export async function callPracticeIds(db: Db, callId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("funding_call_practices")
    .select("practice_id")
    .where("call_id", "=", callId)
    .execute();
  return rows.map((r) => r.practice_id);
}

export const callsOfPractice = (db: Db, practiceId: string) =>
  q(db)
    .selectFrom("funding_calls")
    .innerJoin("funding_call_practices", "funding_call_practices.call_id", "funding_calls.id")
    .selectAll("funding_calls")
    .where("funding_call_practices.practice_id", "=", practiceId)
    .orderBy("funding_calls.deadline", "asc")
    .execute();
