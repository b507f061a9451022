// The guided "Report a project" form: one step per page, a progress list (aria-current on the step
// being filled), errors on the same step with the input kept. Works without JavaScript: each step
// posts, and the steps filled so far travel in the signed `state` field.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { FlashMessage, type FormState } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { HONEYPOT } from "../workflow/limits.ts";
import { STEPS } from "../workflow/submissions.schema.ts";
import { fieldLabels, Honeypot, type NetworkOption, StepFields } from "./fields.tsx";
import { type FileItem, UploadFields } from "./files.tsx";
import { ReportList } from "./report-list.tsx";

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
  /** The files uploaded with this form so far (pending until it is sent). */
  files: FileItem[];
  /** Came back from the check-answers page: "Continue" returns there. */
  reviewing?: boolean;
};

/** The steps as a list, the one being filled marked with aria-current; the check page is the last. */
export const Progress: FC<{ c: Ctx; step: number }> = ({ c, step }) => {
  const t = c.get("t");
  const names = [...STEPS.map((s) => s.key as string), "check"];
  return (
    <nav aria-label={t("practices.submit.progress")} class="mb-4">
      <ol class="list-unstyled d-flex flex-wrap gap-3 mb-0">
        {names.map((key, i) => (
          <li
            class={`d-flex align-items-center gap-2${i === step ? " fw-semibold" : ""}`}
            aria-current={i === step ? "step" : undefined}
          >
            <span
              class={`badge rounded-pill ${i <= step ? "bg-primary" : "bg-light text-dark border"}`}
              aria-hidden="true"
            >
              {i < step ? "✓" : String(i + 1)}
            </span>
            <span>{t(`practices.submit.step.${key}`)}</span>
            {i < step ? <span class="visually-hidden"> ({t("practices.submit.completed")})</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
};

export function wizardPage(c: Ctx, p: WizardProps, status = 200) {
  const t = c.get("t");
  const total = STEPS.length + 1;
  const current = STEPS[p.step]!;
  const stepName = t(`practices.submit.step.${current.key}`);
  const stepOf = t("practices.submit.stepOf", { n: p.step + 1, total, name: stepName });
  const lastStep = p.step === STEPS.length - 1;
  const nav = "next";
  return formPage(
    c,
    {
      title: t("practices.submit.title"),
      pageTitle: `${t("practices.submit.title")} – ${stepOf}`,
      breadcrumbs: [
        { href: "/practices", label: t("practices.submit.catalogue") },
        { label: t("practices.submit.title") },
      ],
      lead: p.step === 0 ? t("practices.submit.lead") : undefined,
      intro: (
        <>
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
              <ReportList t={t} reports={p.reports} />
            </section>
          ) : null}
          <Progress c={c} step={p.step} />
          <h2 class="h3">{stepOf}</h2>
          {p.notice ? <FlashMessage kind="danger" text={p.notice} /> : null}
        </>
      ),
      form: p.form,
      labels: fieldLabels(c),
      action: "/practices/new",
      enctype: current.key === "results" ? "multipart/form-data" : undefined,
      actions: (
        <>
          <button type="submit" name="nav" value={nav} class="btn btn-primary">
            {lastStep || p.reviewing ? t("practices.submit.continue") : t("practices.submit.next")}
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
        </>
      ),
      children: (
        <>
          {/* Enter in a field continues, as the main button does (the remove buttons come first). */}
          <button type="submit" name="nav" value="enter" class="visually-hidden" tabindex={-1}>
            {t("practices.submit.next")}
          </button>
          <input type="hidden" name="state" value={p.state} />
          <input type="hidden" name="step" value={String(p.step)} />
          <StepFields c={c} step={current.key} form={p.form} networks={p.networks} />
          {current.key === "results" ? <UploadFields c={c} form={p.form} files={p.files} removable /> : null}
          <Honeypot c={c} name={HONEYPOT} />
        </>
      ),
    },
    status,
  );
}
