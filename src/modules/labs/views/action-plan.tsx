// Action plans: a plan's page (goals → actions with owner, deadline, status and progress notes), and
// the forms for a new plan, a goal and an action (add or update with a progress note).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, type T } from "../../../platform/i18n/index.ts";
import {
  Csrf,
  ErrorSummary,
  type FormState,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { ActionPlan, PlanAction } from "../action-plans.service.ts";
import type { LabOrganisation } from "../lab-members.service.ts";
import type { Lab } from "../labs.types.ts";
import { ACTION_STATUSES } from "../materials.tables.ts";

export const planUrl = (lab: Lab, plan: { slug: string }) => `/labs/${lab.slug}/plans/${plan.slug}`;

const crumbs = (t: T, lab: Lab, plan?: ActionPlan) => [
  { href: "/labs", label: t("labs.title") },
  { href: `/labs/${lab.slug}`, label: lab.title },
  ...(plan ? [{ href: planUrl(lab, plan), label: plan.title }] : []),
];

/** Text typed in a textarea as paragraphs (blank lines separate them). */
const Paragraphs: FC<{ text: string }> = ({ text }) => (
  <>
    {text
      .split(/\r?\n\s*\r?\n/)
      .filter((para) => para.trim())
      .map((para) => (
        <p>{para}</p>
      ))}
  </>
);

const day = (c: Ctx, d: string) => formatDate(c.get("lang"), new Date(`${d}T12:00:00Z`), "UTC");

export function planPage(c: Ctx, p: { lab: Lab; plan: ActionPlan; canEdit: boolean }) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  const { lab, plan } = p;
  const base = planUrl(lab, plan);
  const counts = ACTION_STATUSES.map((s) => ({
    s,
    n: plan.goals.reduce((acc, g) => acc + g.actions.filter((a) => a.status === s).length, 0),
  }));
  return render(
    c,
    { title: `${plan.title} · ${lab.title}`, breadcrumbs: [...crumbs(t, lab), { label: plan.title }] },
    <>
      <h1>
        {plan.title}
        <span class="d-block h5 fw-normal mt-2">
          {plan.organisation
            ? t("labs.plans.ofOrganisation", { organisation: plan.organisation.name })
            : t("labs.plans.ofLab")}
        </span>
      </h1>
      <Paragraphs text={plan.summary} />
      <p>
        {counts.map((x, i) => (
          <>
            {i ? " · " : ""}
            {t(`labs.plans.status.${x.s}`)}: {x.n}
          </>
        ))}
      </p>
      <p>
        <a href={`${base}/export.csv`} download>
          {t("labs.plans.csv")}
        </a>
        {p.canEdit ? (
          <>
            {" · "}
            <a href={`${base}/goals/new`}>{t("labs.plans.addGoal")}</a>
          </>
        ) : null}
      </p>
      {plan.goals.length === 0 ? <p>{t("labs.plans.noGoals")}</p> : null}
      {plan.goals.map((g, i) => (
        <section aria-labelledby={`goal-${g.id}`} class="mb-5">
          <h2 id={`goal-${g.id}`} class="h4">
            {t("labs.plans.goalN", { n: i + 1 })}: {g.title}
          </h2>
          <Paragraphs text={g.description} />
          {g.actions.length ? (
            <div class="table-responsive">
              <table class="table">
                <caption class="visually-hidden">{t("labs.plans.actionsOf", { goal: g.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("labs.plans.action")}</th>
                    <th scope="col">{t("labs.plans.owner")}</th>
                    <th scope="col">{t("labs.plans.deadline")}</th>
                    <th scope="col">{t("labs.plans.statusField")}</th>
                    <th scope="col">{t("labs.plans.notes")}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.actions.map((a) => (
                    <tr>
                      <th scope="row">
                        {a.title}
                        {p.canEdit ? (
                          // Side by side with room around them: targets of at least 24 px (WCAG 2.5.8).
                          <span class="d-block small fw-normal">
                            <a class="d-inline-block py-1" href={`${base}/actions/${a.id}/edit`}>
                              {t("labs.plans.update")}
                              <span class="visually-hidden">: {a.title}</span>
                            </a>
                            {" · "}
                            <a class="d-inline-block py-1" href={`${base}/actions/${a.id}/delete`}>
                              {t("labs.plans.deleteAction")}
                              <span class="visually-hidden">: {a.title}</span>
                            </a>
                          </span>
                        ) : null}
                      </th>
                      <td>{a.owner}</td>
                      <td>{a.deadline ? day(c, a.deadline) : "—"}</td>
                      <td>{t(`labs.plans.status.${a.status}`)}</td>
                      <td>
                        {a.notes.length ? (
                          <ul class="list-unstyled mb-0 small">
                            {a.notes.map((n) => (
                              <li class="mb-1">
                                <span class="fw-semibold">
                                  {formatDate(lang, n.createdAt, tz)}
                                  {n.authorName ? ` · ${n.authorName}` : ""}
                                </span>
                                : {n.body}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          "—"
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t("labs.plans.noActions")}</p>
          )}
          {p.canEdit ? (
            <p>
              <a href={`${base}/goals/${g.id}/actions/new`}>
                {t("labs.plans.addAction")}
                <span class="visually-hidden">: {g.title}</span>
              </a>
              {" · "}
              <a href={`${base}/goals/${g.id}/delete`}>
                {t("labs.plans.deleteGoal")}
                <span class="visually-hidden">: {g.title}</span>
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </>,
  );
}

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
  fields: unknown,
  submit: string,
  status: number,
) {
  const t = c.get("t");
  return render(
    c,
    { title: `${p.title} · ${p.lab.title}`, breadcrumbs: [...crumbs(t, p.lab, p.plan), { label: p.title }] },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{p.title}</h1>
        <ErrorSummary form={p.form} title={t("form.errorSummary")} labels={p.labels} />
        <form method="post" action={p.action} novalidate>
          <Csrf token={c.get("csrfToken")()} />
          {fields}
          <SubmitButton label={submit} />
        </form>
      </div>
    </div>,
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
  const req = t("form.requiredMark");
  return formPage(
    c,
    { lab: p.lab, title: t("labs.plans.new"), action: `/labs/${p.lab.slug}/plans`, form: p.form, labels },
    <>
      <TextField
        form={p.form}
        name="title"
        label={labels.title}
        required
        requiredLabel={req}
        maxlength={200}
      />
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
      <TextField
        form={p.form}
        name="title"
        label={labels.title}
        required
        requiredLabel={t("form.requiredMark")}
        maxlength={300}
      />
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
  const deadlineError = p.form.errors.deadline;
  return formPage(
    c,
    { lab: p.lab, plan: p.plan, title, action: p.formAction, form: p.form, labels },
    <>
      <TextField
        form={p.form}
        name="title"
        label={labels.title}
        required
        requiredLabel={t("form.requiredMark")}
        maxlength={300}
      />
      <TextField
        form={p.form}
        name="owner"
        label={labels.owner}
        hint={t("labs.plans.ownerHint")}
        maxlength={200}
      />
      <div class="form-group">
        <label for="deadline" class="active">
          {labels.deadline}
        </label>
        <input
          type="date"
          id="deadline"
          name="deadline"
          class={`form-control${deadlineError ? " is-invalid" : ""}`}
          value={p.form.values.deadline ?? ""}
          aria-invalid={deadlineError ? "true" : undefined}
          aria-describedby={deadlineError ? "deadline-error" : undefined}
        />
        {deadlineError ? (
          <div id="deadline-error" class="invalid-feedback d-block">
            {deadlineError}
          </div>
        ) : null}
      </div>
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
