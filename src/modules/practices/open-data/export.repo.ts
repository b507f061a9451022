// SQL for open data and feeds: public, published practices (of a network, or all of them) and their
// lead organisations. Only these leave the instance; `contact` is never selected here.
import type { Db } from "../../../platform/db/database.ts";
import type { PracticesTables } from "../tables.ts";

const q = (db: Db) => db.withTables<PracticesTables>();

export const EXPORT_COLUMNS = [
  "id",
  "slug",
  "title",
  "summary",
  "place",
  "country",
  "start_year",
  "end_year",
  "problem",
  "solution",
  "results",
  "website",
  "themes",
  "language",
  "licence",
  "network_id",
  "published_at",
  "updated_at",
] as const;

/** Public, published practices, newest first; `networkId` null selects all networks. */
export function publicPractices(db: Db, o: { networkId?: string; limit?: number; offset?: number } = {}) {
  let query = q(db)
    .selectFrom("practices")
    .select(EXPORT_COLUMNS)
    .where("status", "=", "published")
    .where("visibility", "=", "public");
  if (o.networkId) query = query.where("network_id", "=", o.networkId);
  query = query.orderBy("published_at", "desc").orderBy("id", "desc");
  if (o.limit !== undefined) query = query.limit(o.limit);
  if (o.offset) query = query.offset(o.offset);
  return query.execute();
}

export type ExportRow = Awaited<ReturnType<typeof publicPractices>>[number];

/** The most recent change among a network's public, published practices (null when it has none). */
export async function lastPublicChange(db: Db, networkId: string): Promise<Date | null> {
  const r = await q(db)
    .selectFrom("practices")
    .select((eb) => eb.fn.max("updated_at").as("at"))
    .where("status", "=", "published")
    .where("visibility", "=", "public")
    .where("network_id", "=", networkId)
    .executeTakeFirst();
  return r?.at ? new Date(r.at as unknown as string) : null;
}

/** Organisation ids of practices, lead organisation (position 0) first. */
export async function organisationsOf(db: Db, practiceIds: string[]) {
  if (!practiceIds.length) return [];
  return q(db)
    .selectFrom("practice_organisations")
    .select(["practice_id", "organisation_id", "position"])
    .where("practice_id", "in", practiceIds)
    .orderBy("practice_id")
    .orderBy("position")
    .execute();
}
