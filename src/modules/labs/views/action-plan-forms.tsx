// The forms of action plans: a new plan, a goal, and an action (added, or updated with a progress
// note), each on the platform's form page with the plan's breadcrumbs.
import type { Child } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, SelectField, TextArea, TextField } from "../../../platform/ui/components.tsx";
import { formPage as page } from "../../../platform/ui/form-page.tsx";
import type { ActionPlan, PlanAction } from "../action-plans/service.ts";
import type { Lab } from "../labs.types.ts";
import { ACTION_STATUSES } from "../materials/tables.ts";
import type { LabOrganisation } from "../members/service.ts";
import { crumbs, planUrl } from "./action-plan.tsx";

function formPage(
  c: Ctx,
  p: {
    lab: Lab;
    plan?: ActionPlan;
    title: string;
    action: string;
    form: FormState;
    labels: Record<string, string>;
  },
  fields: Child,
  submit: string,
  status: number,
) {
  const { lab, plan, ...form } = p;
  return page(
    c,
    {
      ...form,
      pageTitle: `${p.title} · ${lab.title}`,
      breadcrumbs: [...crumbs(c.get("t"), lab, plan), { label: p.title }],
      submit,
      children: fields,
    },
    status,
  );
}

export function planFormPage(
  c: Ctx,
  p: { lab: Lab; organisations: LabOrganisation[]; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const labels = {
    title: t("labs.plans.titleField"),
    summary: t("labs.plans.summary"),
    organisationId: t("labs.plans.organisation"),
  };
  return formPage(
    c,
    { lab: p.lab, title: t("labs.plans.new"), action: `/labs/${p.lab.slug}/plans`, form: p.form, labels },
    <>
      <TextField form={p.form} name="title" label={labels.title} required maxlength={200} />
      <TextArea form={p.form} name="summary" label={labels.summary} maxlength={5000} rows={4} />
      <SelectField
        form={p.form}
        name="organisationId"
        label={labels.organisationId}
        hint={t("labs.plans.organisationHint")}
        options={[
          { value: "", label: t("labs.plans.wholeLab") },
          ...p.organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
    </>,
    t("labs.plans.create"),
    status,
  );
}

export function goalFormPage(c: Ctx, p: { lab: Lab; plan: ActionPlan; form: FormState }, status = 200) {
  const t = c.get("t");
  const labels = { title: t("labs.plans.goalTitle"), description: t("labs.plans.goalDescription") };
  return formPage(
    c,
    {
      lab: p.lab,
      plan: p.plan,
      title: t("labs.plans.addGoal"),
      action: `${planUrl(p.lab, p.plan)}/goals`,
      form: p.form,
      labels,
    },
    <>
      <TextField form={p.form} name="title" label={labels.title} required maxlength={300} />
      <TextArea form={p.form} name="description" label={labels.description} maxlength={2000} rows={3} />
    </>,
    t("labs.plans.saveGoal"),
    status,
  );
}

export function actionFormPage(
  c: Ctx,
  p: {
    lab: Lab;
    plan: ActionPlan;
    goalTitle: string;
    action: PlanAction | null;
    formAction: string;
    form: FormState;
  },
  status = 200,
) {
  const t = c.get("t");
  const labels = {
    title: t("labs.plans.action"),
    owner: t("labs.plans.owner"),
    deadline: t("labs.plans.deadline"),
    status: t("labs.plans.statusField"),
    note: t("labs.plans.note"),
  };
  const title = p.action
    ? t("labs.plans.updateTitle", { action: p.action.title })
    : t("labs.plans.addActionTo", { goal: p.goalTitle });
  return formPage(
    c,
    { lab: p.lab, plan: p.plan, title, action: p.formAction, form: p.form, labels },
    <>
      <TextField form={p.form} name="title" label={labels.title} required maxlength={300} />
      <TextField
        form={p.form}
        name="owner"
        label={labels.owner}
        hint={t("labs.plans.ownerHint")}
        maxlength={200}
      />
      <TextField form={p.form} name="deadline" type="date" label={labels.deadline} />
      <SelectField
        form={p.form}
        name="status"
        label={labels.status}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`labs.plans.status.${s}`) }))}
      />
      <TextArea
        form={p.form}
        name="note"
        label={labels.note}
        hint={t("labs.plans.noteHint")}
        maxlength={2000}
        rows={3}
      />
      {p.action?.notes.length ? (
        <>
          <h2 class="h6">{t("labs.plans.notes")}</h2>
          <ul class="small">
            {p.action.notes.map((n) => (
              <li>{n.body}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>,
    p.action ? t("labs.plans.saveAction") : t("labs.plans.addAction"),
    status,
  );
}
