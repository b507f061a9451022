// Deleting from an action plan: a goal (with its actions and their progress notes) or one action. The
// people who may edit the plan may delete from it (canEditPlan). Each deletion and its audit entry are
// one transaction; the plan's "updated" time moves with it.

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { audit } from "../../identity/index.ts";
import type { Lab } from "../labs.types.ts";
import { canEditPlan } from "../policy.ts";
import { deleteActionRow, deleteGoalRow, touchPlan } from "./repo.ts";
import type { ActionPlan } from "./service.ts";
import "../messages.audit.ts";

const mayEdit = (actor: Actor, lab: Lab, plan: ActionPlan) =>
  canEditPlan(actor, lab, { organisationId: plan.organisation?.id ?? null });

const planDetails = (lab: Lab, plan: ActionPlan) => ({
  lab: lab.title,
  labId: lab.id,
  plan: plan.title,
  planId: plan.id,
});

export async function deleteGoal(deps: Deps, actor: Actor, lab: Lab, plan: ActionPlan, goalId: string) {
  if (!mayEdit(actor, lab, plan)) throw forbidden();
  const goal = plan.goals.find((g) => g.id === goalId);
  if (!goal) throw notFound();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    // Gone meanwhile (a second click, another editor): nothing left to delete.
    if (!(await deleteGoalRow(trx, plan.id, goal.id))) throw notFound();
    await touchPlan(trx, plan.id, now);
    await audit(trx, {
      actorId: actor.id,
      action: "lab.plan-goal-deleted",
      networkId: lab.networkId,
      details: {
        ...planDetails(lab, plan),
        title: goal.title,
        goalId: goal.id,
        actions: goal.actions.map((a) => a.title),
      },
      at: now,
    });
  });
  return goal;
}

export async function deleteAction(deps: Deps, actor: Actor, lab: Lab, plan: ActionPlan, actionId: string) {
  if (!mayEdit(actor, lab, plan)) throw forbidden();
  const goal = plan.goals.find((g) => g.actions.some((a) => a.id === actionId));
  const action = goal?.actions.find((a) => a.id === actionId);
  if (!goal || !action) throw notFound();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteActionRow(trx, plan.id, action.id))) throw notFound();
    await touchPlan(trx, plan.id, now);
    await audit(trx, {
      actorId: actor.id,
      action: "lab.plan-action-deleted",
      networkId: lab.networkId,
      details: {
        ...planDetails(lab, plan),
        title: action.title,
        actionId: action.id,
        goal: goal.title,
        goalId: goal.id,
        status: action.status,
        notes: action.notes.length,
      },
      at: now,
    });
  });
  return action;
}
