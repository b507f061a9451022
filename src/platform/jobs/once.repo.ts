// SQL for one-off jobs (once.ts): which of them have finished.
import type { Db } from "../db/database.ts";

type Tables = { one_off_jobs: { name: string; done_at: Date } };

export async function finishedOneOffJobs(db: Db): Promise<Set<string>> {
  const rows = await db.withTables<Tables>().selectFrom("one_off_jobs").select("name").execute();
  return new Set(rows.map((r) => r.name));
}

export async function markOneOffJobDone(db: Db, name: string, at: Date): Promise<void> {
  await db
    .withTables<Tables>()
    .insertInto("one_off_jobs")
    .values({ name, done_at: at })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
}
