// SQL of presence (presence.ts): the names of the participants who have the session open, and
// whether the session is anonymous (then only their number is shown).
import type { Db } from "../../platform/db/database.ts";
import type { BoardsTables } from "./tables.ts";

const q = (db: Db) => db.withTables<BoardsTables>();

/** The session's anonymity and those of `ids` who are its participants (others are ignored). */
export async function presentParticipants(db: Db, sessionId: string, ids: string[]) {
  const [session, people] = await Promise.all([
    q(db).selectFrom("board_sessions").select("anonymous").where("id", "=", sessionId).executeTakeFirst(),
    ids.length
      ? q(db)
          .selectFrom("board_participants")
          .select(["id", "name"])
          .where("session_id", "=", sessionId)
          .where("id", "in", ids)
          .execute()
      : Promise.resolve([]),
  ]);
  return { anonymous: session?.anonymous ?? true, people };
}
