// The guided "Report a project" form: one step per page, a progress list (aria-current on the step
// being filled), errors on the same step with the input kept. Works without JavaScript: each step
// posts, and the steps filled so far travel in the signed `state` field.
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, ErrorSummary, type FormState } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { STEPS } from "../submissions.schema.ts";
import { HONEYPOT } from "../workflow.limits.ts";
import { fieldLabels, Honeypot, type NetworkOption, StepFields } from "./fields.tsx";

export type WizardProps = {
  step: number;
  form: FormState;
  state: string;
  networks: NetworkOption[];
  signedIn: boolean;
  drafts: { id: string; title: string }[];
  /** A signed-in person's reports already sent, with their status. */
  reports: { id: string; slug: string; title: string; status: string }[];
  /** A message about the whole form (anti-spam, limits, an expired form). */
  notice?: string;
};

export function wizardPage(c: Ctx, p: WizardProps, status = 200) {
  const t = c.get("t");
  const total = STEPS.length;
  const current = STEPS[p.step]!;
  const stepName = t(`practices.submit.step.${current.key}`);
  const stepOf = t("practices.submit.stepOf", { n: p.step + 1, total, name: stepName });
  const last = p.step === total - 1;
  return render(
    c,
    {
      title: `${t("practices.submit.title")} – ${stepOf}`,
      breadcrumbs: [
        { href: "/practices", label: t("practices.submit.catalogue") },
        { label: t("practices.submit.title") },
      ],
    },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{t("practices.submit.title")}</h1>
        {p.step === 0 ? <p class="lead">{t("practices.submit.lead")}</p> : null}
        {p.step === 0 ? (
          <p>
            {p.signedIn ? (
              t("practices.submit.draftNote")
            ) : (
              <>
                {t("practices.submit.anonNote")}{" "}
                <a href="/sign-in?next=/practices/new">{t("practices.submit.signIn")}</a>
              </>
            )}
          </p>
        ) : null}
        {p.drafts.length && p.step === 0 ? (
          <section class="mb-4" aria-labelledby="drafts-title">
            <h2 class="h5" id="drafts-title">
              {t("practices.submit.drafts")}
            </h2>
            <ul>
              {p.drafts.map((d) => (
                <li>
                  <a href={`/practices/new?draft=${d.id}`}>
                    {t("practices.submit.continueDraft", { title: d.title })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {p.reports.length && p.step === 0 ? (
          <section class="mb-4" aria-labelledby="reports-title">
            <h2 class="h5" id="reports-title">
              {t("practices.submit.reports")}
            </h2>
            <ul>
              {p.reports.map((r) => (
                <li>
                  {r.status === "published" ? <a href={`/practices/${r.slug}`}>{r.title}</a> : r.title} (
                  {t(`practices.status.${r.status}`)})
                  {r.status === "changes-requested" ? (
                    <>
                      {" — "}
                      <a href={`/practices/submissions/${r.id}/edit`}>{t("practices.submit.editReport")}</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <nav aria-label={t("practices.submit.progress")} class="mb-4">
          <ol class="list-unstyled d-flex flex-wrap gap-3 mb-0">
            {STEPS.map((s, i) => (
              <li
                class={`d-flex align-items-center gap-2${i === p.step ? " fw-semibold" : ""}`}
                aria-current={i === p.step ? "step" : undefined}
              >
                <span
                  class={`badge rounded-pill ${i <= p.step ? "bg-primary" : "bg-light text-dark border"}`}
                  aria-hidden="true"
                >
                  {i < p.step ? "✓" : String(i + 1)}
                </span>
                <span>{t(`practices.submit.step.${s.key}`)}</span>
                {i < p.step ? (
                  <span class="visually-hidden"> ({t("practices.submit.completed")})</span>
                ) : null}
              </li>
            ))}
          </ol>
        </nav>
        <h2 class="h3">{stepOf}</h2>
        {p.notice ? (
          <div class="alert alert-danger" role="alert">
            {p.notice}
          </div>
        ) : null}
        <ErrorSummary form={p.form} title={t("form.errorSummary")} labels={fieldLabels(c)} />
        <form method="post" action="/practices/new" novalidate>
          <Csrf token={c.get("csrfToken")()} />
          <input type="hidden" name="state" value={p.state} />
          <input type="hidden" name="step" value={String(p.step)} />
          <StepFields c={c} step={current.key} form={p.form} networks={p.networks} />
          <Honeypot c={c} name={HONEYPOT} />
          <div class="d-flex flex-wrap gap-2 mt-4">
            <button type="submit" name="nav" value={last ? "send" : "next"} class="btn btn-primary">
              {last ? t("practices.submit.send") : t("practices.submit.next")}
            </button>
            {p.step > 0 ? (
              <button type="submit" name="nav" value="back" class="btn btn-outline-primary">
                {t("practices.submit.back")}
              </button>
            ) : null}
            {p.signedIn ? (
              <button type="submit" name="nav" value="save" class="btn btn-outline-secondary">
                {t("practices.submit.saveDraft")}
              </button>
            ) : null}
          </div>
        </form>
      </div>
    </div>,
    status,
  );
}

export function sentPage(c: Ctx) {
  const t = c.get("t");
  return render(
    c,
    { title: t("practices.submit.sent.title") },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{t("practices.submit.sent.title")}</h1>
        <p>{t("practices.submit.sent.body")}</p>
        <p>
          <a href="/practices/new">{t("practices.submit.sent.again")}</a>
        </p>
      </div>
    </div>,
  );
}
