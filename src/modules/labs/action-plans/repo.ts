// The only SQL for action plans, their goals, actions and progress notes.
import { type Insertable, type Selectable, sql } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { ActionStatus, LabExtrasTables } from "../materials/tables.ts";

const q = (db: Db) => db.withTables<LabExtrasTables>();

export type PlanRow = Selectable<LabExtrasTables["action_plans"]>;
export type GoalRow = Selectable<LabExtrasTables["action_plan_goals"]>;
export type ActionRow = Selectable<LabExtrasTables["action_plan_actions"]>;
export type NoteRow = Selectable<LabExtrasTables["action_plan_notes"]>;

export async function insertPlan(db: Db, row: Insertable<LabExtrasTables["action_plans"]>): Promise<void> {
  await q(db).insertInto("action_plans").values(row).execute();
}

export const plansOfLab = (db: Db, labId: string) =>
  q(db).selectFrom("action_plans").selectAll().where("lab_id", "=", labId).orderBy("created_at").execute();

export const findPlan = (db: Db, labId: string, slug: string) =>
  q(db)
    .selectFrom("action_plans")
    .selectAll()
    .where("lab_id", "=", labId)
    .where("slug", "=", slug)
    .executeTakeFirst();

export async function planSlugs(db: Db, labId: string): Promise<string[]> {
  const rows = await q(db).selectFrom("action_plans").select("slug").where("lab_id", "=", labId).execute();
  return rows.map((r) => r.slug);
}

export const goalsOf = (db: Db, planId: string) =>
  q(db)
    .selectFrom("action_plan_goals")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("position")
    .execute();

export const actionsOf = (db: Db, goalIds: string[]) =>
  goalIds.length
    ? q(db)
        .selectFrom("action_plan_actions")
        .selectAll()
        .where("goal_id", "in", goalIds)
        .orderBy("position")
        .execute()
    : Promise.resolve([] as ActionRow[]);

export const notesOf = (db: Db, actionIds: string[]) =>
  actionIds.length
    ? q(db)
        .selectFrom("action_plan_notes")
        .selectAll()
        .where("action_id", "in", actionIds)
        .orderBy("created_at")
        .orderBy("id")
        .execute()
    : Promise.resolve([] as NoteRow[]);

export async function insertGoal(
  db: Db,
  g: { id: string; planId: string; title: string; description: string },
) {
  await q(db)
    .insertInto("action_plan_goals")
    .values((eb) => ({
      id: g.id,
      plan_id: g.planId,
      title: g.title,
      description: g.description,
      position: eb
        .selectFrom("action_plan_goals")
        .select(sql<number>`coalesce(max(position), 0) + 1`.as("p"))
        .where("plan_id", "=", g.planId),
    }))
    .execute();
}

export type ActionFields = { title: string; owner: string; deadline: string | null; status: ActionStatus };

export async function insertAction(db: Db, a: ActionFields & { id: string; goalId: string; now: Date }) {
  await q(db)
    .insertInto("action_plan_actions")
    .values((eb) => ({
      id: a.id,
      goal_id: a.goalId,
      title: a.title,
      owner: a.owner,
      deadline: a.deadline,
      status: a.status,
      created_at: a.now,
      updated_at: a.now,
      position: eb
        .selectFrom("action_plan_actions")
        .select(sql<number>`coalesce(max(position), 0) + 1`.as("p"))
        .where("goal_id", "=", a.goalId),
    }))
    .execute();
}

export async function updateActionRow(db: Db, id: string, a: ActionFields & { now: Date }) {
  await q(db)
    .updateTable("action_plan_actions")
    .set({ title: a.title, owner: a.owner, deadline: a.deadline, status: a.status, updated_at: a.now })
    .where("id", "=", id)
    .execute();
}

export async function insertNote(
  db: Db,
  n: { id: string; actionId: string; body: string; authorId: string | null; authorName: string; now: Date },
) {
  await q(db)
    .insertInto("action_plan_notes")
    .values({
      id: n.id,
      action_id: n.actionId,
      body: n.body,
      author_id: n.authorId,
      author_name: n.authorName,
      created_at: n.now,
    })
    .execute();
}

export async function touchPlan(db: Db, planId: string, now: Date) {
  await q(db).updateTable("action_plans").set({ updated_at: now }).where("id", "=", planId).execute();
}

/** Deletes a goal of the plan; its actions and their notes go with it (foreign keys cascade). */
export async function deleteGoalRow(db: Db, planId: string, goalId: string): Promise<boolean> {
  const r = await q(db)
    .deleteFrom("action_plan_goals")
    .where("plan_id", "=", planId)
    .where("id", "=", goalId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Deletes an action of one of the plan's goals; its notes go with it. */
export async function deleteActionRow(db: Db, planId: string, actionId: string): Promise<boolean> {
  const r = await q(db)
    .deleteFrom("action_plan_actions")
    .where("id", "=", actionId)
    .where("goal_id", "in", (eb) =>
      eb.selectFrom("action_plan_goals").select("id").where("plan_id", "=", planId),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
