// The step before deleting something of a lab (a material, a goal of an action plan, an action): a
// page that says what will go, with a form that deletes and a link back. It works without JavaScript;
// the delete button is the only one on the page, so nothing is deleted by a stray Enter elsewhere.
import type { Ctx } from "../../../platform/http/context.ts";
import { emptyForm } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import type { ActionPlan, PlanAction, PlanGoal } from "../action-plans/service.ts";
import type { Lab } from "../labs.types.ts";
import type { Material } from "../materials/service.ts";
import { planUrl } from "./action-plan.tsx";
import { materialUrl } from "./materials.tsx";
import "../messages.deletions.ts";

function confirmDeletePage(
  c: Ctx,
  p: {
    /** The question, also the page's title: "Delete the material “…”?" */
    title: string;
    breadcrumbs: { href?: string; label: string }[];
    /** What goes with it, one paragraph each. */
    consequences: string[];
    /** What will go, when it is several things (a goal's actions). */
    items?: string[];
    action: string;
    confirm: string;
    back: { href: string; label: string };
  },
  status = 200,
) {
  const t = c.get("t");
  return formPage(
    c,
    {
      title: p.title,
      breadcrumbs: [...p.breadcrumbs, { label: t("labs.delete.crumb") }],
      intro: (
        <>
          {p.consequences.map((text) => (
            <p>{text}</p>
          ))}
          {p.items?.length ? (
            <ul>
              {p.items.map((i) => (
                <li>{i}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <strong>{t("labs.delete.irreversible")}</strong>
          </p>
        </>
      ),
      form: emptyForm(),
      action: p.action,
      submit: { label: p.confirm, kind: "danger" },
      cancel: p.back,
    },
    status,
  );
}

const labCrumbs = (c: Ctx, lab: Lab) => [
  { href: "/labs", label: c.get("t")("labs.title") },
  { href: `/labs/${lab.slug}`, label: lab.title },
];

export function confirmMaterialDelete(c: Ctx, lab: Lab, m: Material) {
  const t = c.get("t");
  const url = materialUrl(lab, m);
  const what = { document: "deleteDocument", video: "deleteVideo", link: "deleteLink" }[m.kind];
  return confirmDeletePage(c, {
    title: t("labs.materials.deleteTitle", { title: m.title }),
    breadcrumbs: [
      ...labCrumbs(c, lab),
      { href: `/labs/${lab.slug}/materials`, label: t("labs.materials.title") },
      { href: url, label: m.title },
    ],
    consequences: [t(`labs.materials.${what}`)],
    action: `${url}/delete`,
    confirm: t("labs.materials.deleteConfirm"),
    back: { href: url, label: t("labs.materials.deleteBack") },
  });
}

const planCrumbs = (c: Ctx, lab: Lab, plan: ActionPlan) => [
  ...labCrumbs(c, lab),
  { href: planUrl(lab, plan), label: plan.title },
];

export function confirmGoalDelete(c: Ctx, lab: Lab, plan: ActionPlan, goal: PlanGoal) {
  const t = c.get("t");
  const n = goal.actions.length;
  return confirmDeletePage(c, {
    title: t("labs.plans.deleteGoalTitle", { title: goal.title }),
    breadcrumbs: planCrumbs(c, lab, plan),
    consequences: [n ? t("labs.plans.deleteGoalWithActions", { n }) : t("labs.plans.deleteGoalNoActions")],
    items: goal.actions.map((a) => a.title),
    action: `${planUrl(lab, plan)}/goals/${goal.id}/delete`,
    confirm: t("labs.plans.deleteGoalConfirm"),
    back: { href: `${planUrl(lab, plan)}#goal-${goal.id}`, label: t("labs.plans.deleteBack") },
  });
}

export function confirmActionDelete(c: Ctx, lab: Lab, plan: ActionPlan, goal: PlanGoal, action: PlanAction) {
  const t = c.get("t");
  const n = action.notes.length;
  return confirmDeletePage(c, {
    title: t("labs.plans.deleteActionTitle", { title: action.title }),
    breadcrumbs: planCrumbs(c, lab, plan),
    consequences: [
      t("labs.plans.deleteActionLead", { goal: goal.title }),
      ...(n ? [t("labs.plans.deleteActionNotes", { n })] : []),
    ],
    action: `${planUrl(lab, plan)}/actions/${action.id}/delete`,
    confirm: t("labs.plans.deleteActionConfirm"),
    back: { href: `${planUrl(lab, plan)}#goal-${goal.id}`, label: t("labs.plans.deleteBack") },
  });
}
