// Attempts reset by a facilitator (decision 0060): the cell's addition on the cohort's progress page
// (attempts that count and the link, named for the learner and the quiz) and the confirmation page:
// what the reset does, an optional reason, and a button that names the learner and the quiz. Plain
// links and a plain form: nothing needs JavaScript.
import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, TextField } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { REASON_MAX } from "../attempts.reset.ts";
import type { Cohort } from "../cohorts.repo.ts";
import type { Course } from "../types.ts";

export type ResetOffers = Map<string, { used: number; max: number }>;

export const resetPath = (cohortId: string, learnerId: string, quizId: string) =>
  `/learning/cohorts/${cohortId}/learners/${learnerId}/quizzes/${quizId}/reset`;

/** Under a learner's score at a quiz: attempts used of the limit and, when offered, the reset link. */
export function ResetCell(p: {
  c: Ctx;
  offers: ResetOffers | undefined;
  cohortId: string;
  learner: { accountId: string; name: string };
  quiz: { id: string; title: string };
}) {
  const offer = p.offers?.get(`${p.learner.accountId}:${p.quiz.id}`);
  if (!offer) return null;
  const t = p.c.get("t");
  return (
    <span class="d-block small">
      {t("learning.reset.used", { used: offer.used, max: offer.max })}
      <br />
      <a href={resetPath(p.cohortId, p.learner.accountId, p.quiz.id)}>
        {t("learning.reset.link")}
        <span class="visually-hidden">
          {" "}
          {t("learning.reset.linkContext", { name: p.learner.name, quiz: p.quiz.title })}
        </span>
      </a>
    </span>
  );
}

type Page = {
  cohort: Cohort;
  course: Course;
  learner: { id: string; name: string };
  quiz: { id: string; title: string };
  state: { used: number; max: number | null };
};

const crumbs = (c: Ctx, d: Page) => {
  const t = c.get("t");
  return [
    { href: "/learning", label: t("learning.title") },
    { href: `/learning/courses/${d.course.slug}`, label: d.course.title },
    { href: `/learning/cohorts/${d.cohort.id}`, label: d.cohort.title },
    { href: `/learning/cohorts/${d.cohort.id}/progress`, label: t("learning.cohorts.progress") },
    { label: t("learning.reset.title") },
  ];
};

/** The confirmation page with its form (reason optional). */
export function resetFormPage(c: Ctx, d: Page & { form: FormState }, status = 200) {
  const t = c.get("t");
  const labels = { reason: t("learning.reset.f.reason") };
  return formPage(
    c,
    {
      title: t("learning.reset.title"),
      breadcrumbs: crumbs(c, d),
      form: d.form,
      labels,
      action: resetPath(d.cohort.id, d.learner.id, d.quiz.id),
      submit: t("learning.reset.submit", { name: d.learner.name, quiz: d.quiz.title }),
      cancel: { href: `/learning/cohorts/${d.cohort.id}/progress`, label: t("learning.f.cancel") },
      intro: (
        <>
          <p>
            {t("learning.reset.intro", {
              name: d.learner.name,
              used: d.state.used,
              max: d.state.max ?? 0,
              quiz: d.quiz.title,
            })}
          </p>
          <p>{t("learning.reset.keep")}</p>
        </>
      ),
      children: (
        <TextField
          form={d.form}
          name="reason"
          label={labels.reason}
          hint={t("learning.reset.f.reasonHint")}
          maxlength={REASON_MAX}
        />
      ),
    },
    status,
  );
}

/** Nothing to reset (passed, no limit, no attempt): why, and the way back. */
export function resetRefusedPage(c: Ctx, d: Page & { message: string }, status = 200) {
  const t = c.get("t");
  return render(
    c,
    { title: t("learning.reset.title"), breadcrumbs: crumbs(c, d) },
    <div>
      <h1>{t("learning.reset.title")}</h1>
      <p class="alert alert-warning" role={status === 200 ? undefined : "alert"}>
        {d.message}
      </p>
      <p>
        <a href={`/learning/cohorts/${d.cohort.id}/progress`}>{t("learning.cohorts.progress")}</a>
      </p>
    </div>,
    status,
  );
}
