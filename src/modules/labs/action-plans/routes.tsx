// Pages of action plans: new plan, a plan's page and CSV export, goals and actions (add, update with
// a progress note, delete after a confirmation page). Whatever a viewer may not see is a 404; editing
// inside a visible lab is a 403.
import { Hono } from "hono";
import { type AppError, notFound as notFoundError } from "../../../platform/errors.ts";
import type { AppEnv, Ctx, With } from "../../../platform/http/context.ts";
import { readForm } from "../../../platform/http/forms.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { emptyForm } from "../../../platform/ui/components.tsx";
import { editingPlan, labOfSlug, planningLab, planOfPath } from "../guards.ts";
import type { Lab } from "../labs.types.ts";
import { serviceErrors } from "../materials/routes.tsx";
import { invitableOrganisations } from "../members/service.ts";
import { canCurateLab, canEditPlan } from "../policy.ts";
import { planPage, planUrl } from "../views/action-plan.tsx";
import { actionFormPage, goalFormPage, planFormPage } from "../views/action-plan-forms.tsx";
import { confirmActionDelete, confirmGoalDelete } from "../views/confirm-delete.tsx";
import { deleteAction, deleteGoal } from "./delete.service.ts";
import { type ActionPlan, addAction, addGoal, createPlan, planCsv, updateAction } from "./service.ts";
import "../materials/messages.materials.ts";

/** The lab and plan the guards found. */
const planOf = (c: With<{ lab: Lab; plan: ActionPlan }>) => ({ lab: c.get("lab"), plan: c.get("plan") });

const editable = (c: Ctx, lab: Lab, plan: ActionPlan) =>
  canEditPlan(c.get("actor"), lab, { organisationId: plan.organisation?.id ?? null });

/** The organisations a person may name on a new plan: all the network's for curators, else their own. */
async function organisationsFor(c: Ctx, lab: Lab) {
  const all = await invitableOrganisations(c.get("deps"), lab);
  const actor = c.get("actor");
  if (canCurateLab(actor, lab)) return all;
  return all.filter((o) => actor?.organisations.some((m) => m.id === o.id && m.role === "manager"));
}

export function actionPlanRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/labs/:slug/plans/new", ...planningLab, async (c) => {
    const lab = c.get("lab");
    return planFormPage(c, { lab, organisations: await organisationsFor(c, lab), form: emptyForm() });
  });

  r.post("/labs/:slug/plans", ...planningLab, async (c) => {
    const lab = c.get("lab");
    const values = await readForm(c);
    try {
      const plan = await createPlan(c.get("deps"), c.get("actor"), lab, {
        title: values.title ?? "",
        summary: values.summary ?? "",
        organisationId: values.organisationId ?? "",
      });
      return redirectWithFlash(c, planUrl(lab, plan), { kind: "success", key: "labs.plans.created" });
    } catch (err) {
      const form = serviceErrors(c, values, err);
      return planFormPage(
        c,
        { lab, organisations: await organisationsFor(c, lab), form },
        (err as AppError).status,
      );
    }
  });

  r.get("/labs/:slug/plans/:plan", labOfSlug, planOfPath, async (c) => {
    const { lab, plan } = planOf(c);
    return planPage(c, { lab, plan, canEdit: editable(c, lab, plan) });
  });

  r.get("/labs/:slug/plans/:plan/export.csv", labOfSlug, planOfPath, async (c) => {
    const plan = c.get("plan");
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${plan.slug}.csv"`);
    c.header("Cache-Control", "private, no-store");
    return c.body(planCsv(plan));
  });

  r.get("/labs/:slug/plans/:plan/goals/new", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    return goalFormPage(c, { lab, plan, form: emptyForm() });
  });

  r.post("/labs/:slug/plans/:plan/goals", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    const values = await readForm(c);
    try {
      await addGoal(c.get("deps"), c.get("actor"), lab, plan, {
        title: values.title ?? "",
        description: values.description ?? "",
      });
    } catch (err) {
      return goalFormPage(c, { lab, plan, form: serviceErrors(c, values, err) }, (err as AppError).status);
    }
    return redirectWithFlash(c, planUrl(lab, plan), { kind: "success", key: "labs.plans.goalAdded" });
  });

  const goalOf = (plan: ActionPlan, id: string) => {
    const goal = plan.goals.find((g) => g.id === id);
    if (!goal) throw notFoundError();
    return goal;
  };

  r.get("/labs/:slug/plans/:plan/goals/:goal/actions/new", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    const goal = goalOf(plan, c.req.param("goal"));
    return actionFormPage(c, {
      lab,
      plan,
      goalTitle: goal.title,
      action: null,
      formAction: `${planUrl(lab, plan)}/goals/${goal.id}/actions`,
      form: emptyForm({ status: "planned" }),
    });
  });

  r.post("/labs/:slug/plans/:plan/goals/:goal/actions", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    const goal = goalOf(plan, c.req.param("goal"));
    const values = await readForm(c);
    try {
      await addAction(c.get("deps"), c.get("actor"), lab, plan, goal.id, actionInput(values));
    } catch (err) {
      const form = serviceErrors(c, values, err);
      const formAction = `${planUrl(lab, plan)}/goals/${goal.id}/actions`;
      return actionFormPage(
        c,
        { lab, plan, goalTitle: goal.title, action: null, formAction, form },
        (err as AppError).status,
      );
    }
    return redirectWithFlash(c, planUrl(lab, plan), { kind: "success", key: "labs.plans.actionAdded" });
  });

  const actionOf = (plan: ActionPlan, id: string) => {
    for (const g of plan.goals) {
      const a = g.actions.find((x) => x.id === id);
      if (a) return { goal: g, action: a };
    }
    throw notFoundError();
  };

  r.get("/labs/:slug/plans/:plan/actions/:action/edit", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    const { goal, action } = actionOf(plan, c.req.param("action"));
    return actionFormPage(c, {
      lab,
      plan,
      goalTitle: goal.title,
      action,
      formAction: `${planUrl(lab, plan)}/actions/${action.id}`,
      form: emptyForm({
        title: action.title,
        owner: action.owner,
        deadline: action.deadline ?? "",
        status: action.status,
      }),
    });
  });

  r.post("/labs/:slug/plans/:plan/actions/:action", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    const { goal, action } = actionOf(plan, c.req.param("action"));
    const values = await readForm(c);
    try {
      await updateAction(c.get("deps"), c.get("actor"), lab, plan, action.id, actionInput(values));
    } catch (err) {
      const form = serviceErrors(c, values, err);
      const formAction = `${planUrl(lab, plan)}/actions/${action.id}`;
      return actionFormPage(
        c,
        { lab, plan, goalTitle: goal.title, action, formAction, form },
        (err as AppError).status,
      );
    }
    return redirectWithFlash(c, planUrl(lab, plan), { kind: "success", key: "labs.plans.actionSaved" });
  });

  // Deleting a goal (with its actions) or an action: a page that asks first, then the post.
  r.get("/labs/:slug/plans/:plan/goals/:goal/delete", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    return confirmGoalDelete(c, lab, plan, goalOf(plan, c.req.param("goal")));
  });

  r.post("/labs/:slug/plans/:plan/goals/:goal/delete", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    await deleteGoal(c.get("deps"), c.get("actor"), lab, plan, goalOf(plan, c.req.param("goal")).id);
    return redirectWithFlash(c, planUrl(lab, plan), { kind: "success", key: "labs.plans.goalDeleted" });
  });

  r.get("/labs/:slug/plans/:plan/actions/:action/delete", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    const { goal, action } = actionOf(plan, c.req.param("action"));
    return confirmActionDelete(c, lab, plan, goal, action);
  });

  r.post("/labs/:slug/plans/:plan/actions/:action/delete", ...editingPlan, async (c) => {
    const { lab, plan } = planOf(c);
    const { action } = actionOf(plan, c.req.param("action"));
    await deleteAction(c.get("deps"), c.get("actor"), lab, plan, action.id);
    return redirectWithFlash(c, planUrl(lab, plan), { kind: "success", key: "labs.plans.actionDeleted" });
  });

  return r;
}

const actionInput = (v: Record<string, string>) => ({
  title: v.title ?? "",
  owner: v.owner ?? "",
  deadline: v.deadline ?? "",
  status: v.status ?? "",
  note: v.note ?? "",
});
