// SQL of the board's outcomes: closed sessions of a lab or a meeting (for their pages) and the
// promotions recorded from a summary (migrations/202611230320_board_outcomes.sql). The board's own
// tables are read only; the session's state comes from boards.service.ts.
import type { Selectable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { BoardsTables } from "./tables.ts";

export type PromotionsTables = {
  board_promotions: {
    id: string;
    session_id: string;
    group_id: string | null;
    note_id: string | null;
    target: "practice" | "action";
    target_id: string;
    target_title: string;
    target_path: string;
    created_by: string | null;
    created_at: Date | undefined;
  };
};

type Tables = BoardsTables & PromotionsTables;
const q = (db: Db) => db.withTables<Tables>();

export type PromotionRow = Selectable<PromotionsTables["board_promotions"]>;

/** Closed sessions of a lab (or of one of its meetings), newest first. */
export const closedSessionsOf = (db: Db, where: { labId: string } | { meetingId: string }) =>
  q(db)
    .selectFrom("board_sessions")
    .selectAll()
    .where("phase", "=", "closed")
    .where("labId" in where ? "lab_id" : "meeting_id", "=", "labId" in where ? where.labId : where.meetingId)
    .orderBy("closed_at", "desc")
    .orderBy("created_at", "desc")
    .limit(20)
    .execute();

export const insertPromotion = (db: Db, row: Omit<PromotionRow, "created_at"> & { created_at: Date }) =>
  q(db).insertInto("board_promotions").values(row).execute();

export const promotionsOf = (db: Db, sessionId: string) =>
  q(db)
    .selectFrom("board_promotions")
    .selectAll()
    .where("session_id", "=", sessionId)
    .orderBy("created_at", "asc")
    .execute();

/** The sessions something was promoted from (e.g. a good practice), with their lab. */
export const sessionsPromotedTo = (db: Db, target: "practice" | "action", targetId: string) =>
  q(db)
    .selectFrom("board_promotions as p")
    .innerJoin("board_sessions as s", "s.id", "p.session_id")
    .select(["s.id", "s.title", "s.lab_id"])
    .where("p.target", "=", target)
    .where("p.target_id", "=", targetId)
    .groupBy(["s.id", "s.title", "s.lab_id"])
    .orderBy("s.title")
    .execute();

/** What a lab's sessions promoted to the catalogue: one row per practice. */
export const practicesPromotedFromLab = (db: Db, labId: string) =>
  q(db)
    .selectFrom("board_promotions as p")
    .innerJoin("board_sessions as s", "s.id", "p.session_id")
    .select(["p.target_id"])
    .where("p.target", "=", "practice")
    .where("s.lab_id", "=", labId)
    .groupBy("p.target_id")
    .execute();
