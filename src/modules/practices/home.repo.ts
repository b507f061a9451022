// The SQL of the catalogue's home-page section: the practices it features.
import type { Db } from "../../platform/db/database.ts";
import type { PracticeMediaTables } from "./media/tables.ts";
import type { PracticesTables } from "./tables.ts";

const q = (db: Db) => db.withTables<PracticesTables & PracticeMediaTables>();

/**
 * Public published practices that carry files (images or attachments: the project's documents),
 * newest first. The catalogue has no "featured" flag yet: a practice with its documents is the one
 * another administration can most readily reuse, so those are the ones the home page puts forward.
 */
export const documentedPractices = (db: Db, limit: number) =>
  q(db)
    .selectFrom("practices as p")
    .select(["p.id", "p.slug", "p.title", "p.summary", "p.themes", "p.place", "p.language", "p.published_at"])
    .where("p.status", "=", "published")
    .where("p.visibility", "=", "public")
    .where((eb) =>
      eb.exists(eb.selectFrom("practice_media as m").select("m.id").whereRef("m.practice_id", "=", "p.id")),
    )
    .orderBy("p.published_at", "desc")
    .orderBy("p.id")
    .limit(limit)
    .execute();
