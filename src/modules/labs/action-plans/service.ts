// Integrated Action Plans in the URBACT manner: a lab's plan, or one organisation's plan within a lab;
// goals → actions (owner, deadline, status) → progress notes. Seen by whoever sees the lab; edited by
// its curators (and by the managers of the plan's organisation who are in the lab). CSV export for
// spreadsheets: UTF-8 with a BOM, RFC 4180 quoting, CRLF, and cells that a spreadsheet would run as a
// formula neutralised with a leading apostrophe.
import { z } from "zod";
import { type Actor, actorOf, type Caller, SYSTEM } from "../../../platform/auth/index.ts";
import { csvCell } from "../../../platform/csv.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../../platform/errors.ts";
import { newId, slugify } from "../../../platform/ids.ts";
import type { Lab } from "../labs.types.ts";
import { ACTION_STATUSES, type ActionStatus } from "../materials/tables.ts";
import { dropNulAll } from "../materials/text.ts";
import { invitableOrganisations, type LabOrganisation } from "../members/service.ts";
import { can, canCurateLab, canEditPlan, canSeeLab } from "../policy.ts";
import { parseOr422 } from "../validate.ts";
import {
  type ActionRow,
  actionsOf,
  findPlan,
  goalsOf,
  insertAction,
  insertGoal,
  insertNote,
  insertPlan,
  notesOf,
  type PlanRow,
  planSlugs,
  plansOfLab,
  touchPlan,
  updateActionRow,
} from "./repo.ts";

export type PlanNote = { body: string; authorName: string; createdAt: Date };
export type PlanAction = {
  id: string;
  title: string;
  owner: string;
  deadline: string | null;
  status: ActionStatus;
  updatedAt: Date;
  notes: PlanNote[];
};
export type PlanGoal = { id: string; title: string; description: string; actions: PlanAction[] };
export type PlanSummary = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  organisation: LabOrganisation | null;
  updatedAt: Date;
};
export type ActionPlan = PlanSummary & { goals: PlanGoal[] };

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z
  .string()
  .trim()
  .transform((v) => v || null)
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "labs.plans.errors.date")
      .refine((v) => !Number.isNaN(Date.parse(v)), "labs.plans.errors.date")
      .nullable(),
  );

export const PlanInput = z.object({
  title: text(200),
  summary: z.string().trim().max(5000).default(""),
  organisationId: z.string().trim().default(""),
});
export const GoalInput = z.object({ title: text(300), description: z.string().trim().max(2000).default("") });
export const ActionInput = z.object({
  title: text(300),
  owner: z.string().trim().max(200).default(""),
  deadline: day.default(null),
  status: z.enum(ACTION_STATUSES).default("planned"),
  note: z.string().trim().max(2000).default(""),
});

const toDay = (d: Date | string | null): string | null => {
  if (d === null) return null;
  if (typeof d === "string") return d.slice(0, 10);
  // pg reads a `date` as local midnight: take the local calendar day.
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

async function summaries(deps: Deps, lab: Lab, rows: PlanRow[]): Promise<PlanSummary[]> {
  const orgs = rows.some((r) => r.organisation_id) ? await invitableOrganisations(deps, lab) : [];
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    organisation: orgs.find((o) => o.id === r.organisation_id) ?? null,
    updatedAt: r.updated_at,
  }));
}

export async function listPlans(deps: Deps, actor: Actor | null, lab: Lab): Promise<PlanSummary[]> {
  if (!canSeeLab(actor, lab)) throw notFound();
  return summaries(deps, lab, await plansOfLab(deps.db, lab.id));
}

/** A plan as `caller` may see it (SYSTEM: regardless of visibility); 404 when not visible. */
export async function getPlan(
  deps: Deps,
  caller: Caller | null,
  lab: Lab,
  slug: string,
): Promise<ActionPlan> {
  if (!can(caller, "see", lab)) throw notFound();
  const row = await findPlan(deps.db, lab.id, slug);
  if (!row) throw notFound();
  const [summary] = await summaries(deps, lab, [row]);
  const goals = await goalsOf(deps.db, row.id);
  const actions = await actionsOf(
    deps.db,
    goals.map((g) => g.id),
  );
  const notes = await notesOf(
    deps.db,
    actions.map((a) => a.id),
  );
  const toAction = (a: ActionRow): PlanAction => ({
    id: a.id,
    title: a.title,
    owner: a.owner,
    deadline: toDay(a.deadline),
    status: a.status,
    updatedAt: a.updated_at,
    notes: notes
      .filter((n) => n.action_id === a.id)
      .map((n) => ({ body: n.body, authorName: n.author_name, createdAt: n.created_at })),
  });
  return {
    ...summary!,
    goals: goals.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description,
      actions: actions.filter((a) => a.goal_id === g.id).map(toAction),
    })),
  };
}

const mayEdit = (caller: Caller, lab: Lab, plan: { organisation: LabOrganisation | null }) =>
  can(caller, "edit-plan", { lab, plan: { organisationId: plan.organisation?.id ?? null } });

/** Creates a plan (for the lab, or for one of the network's organisations). */
export async function createPlan(deps: Deps, caller: Caller, lab: Lab, input: unknown): Promise<PlanSummary> {
  const actor = actorOf(caller);
  if (!can(caller, "see", lab)) throw notFound();
  if (!can(caller, "create-plan", lab)) throw forbidden();
  const d = parseOr422(PlanInput, dropNulAll(input));
  let organisationId: string | null = null;
  if (d.organisationId) {
    const org = (await invitableOrganisations(deps, lab)).find((o) => o.id === d.organisationId);
    if (!org)
      throw new AppError(422, "validation-failed", "form.invalid", [
        { field: "organisationId", message: "form.invalidChoice" },
      ]);
    organisationId = org.id;
  }
  // Someone who is not a curator creates plans only for an organisation they manage.
  if (actor && !canCurateLab(actor, lab) && !canEditPlan(actor, lab, { organisationId }))
    throw new AppError(422, "validation-failed", "form.invalid", [
      { field: "organisationId", message: "labs.plans.errors.ownOrganisation" },
    ]);
  const base = slugify(d.title) || "piano";
  // "new" is the new-plan form's path.
  const taken = new Set([...(await planSlugs(deps.db, lab.id)), "new"]);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const now = deps.clock.now();
  await insertPlan(deps.db, {
    id: newId(),
    lab_id: lab.id,
    organisation_id: organisationId,
    slug,
    title: d.title,
    summary: d.summary,
    created_by: actor?.id ?? null,
    created_at: now,
    updated_at: now,
  });
  const [s] = await summaries(deps, lab, [(await findPlan(deps.db, lab.id, slug))!]);
  return s!;
}

export async function addGoal(deps: Deps, caller: Caller, lab: Lab, plan: ActionPlan, input: unknown) {
  if (!mayEdit(caller, lab, plan)) throw forbidden();
  const d = parseOr422(GoalInput, dropNulAll(input));
  const id = newId();
  await insertGoal(deps.db, { id, planId: plan.id, ...d });
  await touchPlan(deps.db, plan.id, deps.clock.now());
  return id;
}

const authorName = (caller: Caller) => (caller === SYSTEM ? "" : caller.name);

export async function addAction(
  deps: Deps,
  caller: Caller,
  lab: Lab,
  plan: ActionPlan,
  goalId: string,
  input: unknown,
) {
  if (!mayEdit(caller, lab, plan)) throw forbidden();
  if (!plan.goals.some((g) => g.id === goalId)) throw notFound();
  const d = parseOr422(ActionInput, dropNulAll(input));
  const id = newId();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await insertAction(trx, {
      id,
      goalId,
      title: d.title,
      owner: d.owner,
      deadline: d.deadline,
      status: d.status,
      now,
    });
    if (d.note)
      await insertNote(trx, {
        id: newId(),
        actionId: id,
        body: d.note,
        authorId: caller === SYSTEM ? null : caller.id,
        authorName: authorName(caller),
        now,
      });
    await touchPlan(trx, plan.id, now);
  });
  return id;
}

/** Changes an action's fields and, with a note, records progress. */
export async function updateAction(
  deps: Deps,
  caller: Caller,
  lab: Lab,
  plan: ActionPlan,
  actionId: string,
  input: unknown,
) {
  if (!mayEdit(caller, lab, plan)) throw forbidden();
  if (!plan.goals.some((g) => g.actions.some((a) => a.id === actionId))) throw notFound();
  const d = parseOr422(ActionInput, dropNulAll(input));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await updateActionRow(trx, actionId, {
      title: d.title,
      owner: d.owner,
      deadline: d.deadline,
      status: d.status,
      now,
    });
    if (d.note)
      await insertNote(trx, {
        id: newId(),
        actionId,
        body: d.note,
        authorId: caller === SYSTEM ? null : caller.id,
        authorName: authorName(caller),
        now,
      });
    await touchPlan(trx, plan.id, now);
  });
}

/** One CSV cell, the platform's (quoted per RFC 4180, formulas neutralised); its tests import it here. */
export { csvCell };

export const CSV_COLUMNS = [
  "plan",
  "organisation",
  "goal",
  "action",
  "owner",
  "deadline",
  "status",
  "progress_notes",
] as const;

/** The plan as a CSV file, one row per action (a goal without actions gets one row of its own). */
export function planCsv(plan: ActionPlan): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const org = plan.organisation?.name ?? "";
  for (const g of plan.goals) {
    if (!g.actions.length) rows.push([plan.title, org, g.title, "", "", "", "", ""]);
    for (const a of g.actions)
      rows.push([
        plan.title,
        org,
        g.title,
        a.title,
        a.owner,
        a.deadline ?? "",
        a.status,
        a.notes.map((n) => `${n.createdAt.toISOString().slice(0, 10)} ${n.body}`).join("\n"),
      ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
