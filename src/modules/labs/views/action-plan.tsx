// Action plans: a plan's page (goals → actions with owner, deadline, status and progress notes); the
// forms for a new plan, a goal and an action are in action-plan-forms.tsx.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, type T } from "../../../platform/i18n/index.ts";
import { render } from "../../../platform/ui/layout.tsx";
import type { ActionPlan } from "../action-plans/service.ts";
import type { Lab } from "../labs.types.ts";
import { ACTION_STATUSES } from "../materials/tables.ts";

export const planUrl = (lab: Lab, plan: { slug: string }) => `/labs/${lab.slug}/plans/${plan.slug}`;

export const crumbs = (t: T, lab: Lab, plan?: ActionPlan) => [
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
