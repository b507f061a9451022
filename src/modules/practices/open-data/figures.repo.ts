// SQL for the catalogue in figures: public, published practices counted by theme and by start year
// (the same set open data and feeds publish, so the figures are the same for every visitor).
import { sql } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { PracticesTables } from "../tables.ts";

const q = (db: Db) => db.withTables<PracticesTables>();

const open = () => sql<boolean>`status = 'published' and visibility = 'public'`;

export async function publicPracticeCount(db: Db): Promise<number> {
  const row = await q(db)
    .selectFrom("practices")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where(open())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Practices per theme (a practice counts under each of its themes), most first. */
export async function publicCountsByTheme(db: Db): Promise<{ theme: string; count: number }[]> {
  const rows = await sql<{ theme: string; n: string }>`
    select t.theme, count(*) as n
    from practices p, unnest(p.themes) as t(theme)
    where p.status = 'published' and p.visibility = 'public'
    group by t.theme
    order by n desc, t.theme`.execute(db);
  return rows.rows.map((r) => ({ theme: r.theme, count: Number(r.n) }));
}

/** Practices per start year (those without one left out), oldest first. */
export async function publicCountsByStartYear(db: Db): Promise<{ year: number; count: number }[]> {
  const rows = await q(db)
    .selectFrom("practices")
    .select(["start_year", (eb) => eb.fn.countAll<string>().as("n")])
    .where(open())
    .where("start_year", "is not", null)
    .groupBy("start_year")
    .orderBy("start_year")
    .execute();
  return rows.map((r) => ({ year: r.start_year!, count: Number(r.n) }));
}
