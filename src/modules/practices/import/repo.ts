// SQL the bulk import needs beyond catalogue/repo.ts: every slug at once (unique slugs are decided in
// memory for thousands of records) and many practice–organisation links in one statement.
import type { Db } from "../../../platform/db/database.ts";
import type { PracticesTables } from "../tables.ts";

const q = (db: Db) => db.withTables<PracticesTables>();

export async function allPracticeSlugs(db: Db): Promise<Set<string>> {
  const rows = await q(db).selectFrom("practices").select("slug").execute();
  return new Set(rows.map((r) => r.slug));
}

export async function insertPracticeOrganisationLinks(
  db: Db,
  links: { practice_id: string; organisation_id: string; position: number }[],
): Promise<void> {
  if (links.length) await q(db).insertInto("practice_organisations").values(links).execute();
}
