// The form of one quiz question: its kind, prompt, feedback for a right and a wrong answer, accepted
// short answers, and up to six options, each with "it is right" and its own feedback. Works without
// JavaScript; a quiz with attempts answers 409 on the same form (its key is frozen, decision 0053).
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { QUESTION_KINDS } from "../tables.ts";
import type { Course } from "../types.ts";

const crumbs = (c: Ctx, course: { slug: string; title: string }, last: string) => [
  { href: "/learning", label: c.get("t")("learning.title") },
  { href: `/learning/courses/${course.slug}`, label: course.title },
  { label: last },
];

/** How many option rows the question form offers. */
export const OPTION_ROWS = 6;

export function questionFormPage(
  c: Ctx,
  d: { course: Course; lesson: { id: string; title: string }; questionId?: string; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const here = `/learning/courses/${d.course.slug}/lessons/${d.lesson.id}`;
  const title = d.questionId ? t("learning.f.editQuestion") : t("learning.f.addQuestion");
  const labels = {
    kind: t("learning.f.questionKind"),
    prompt: t("learning.f.prompt"),
    feedbackRight: t("learning.f.feedbackRight"),
    feedbackWrong: t("learning.f.feedbackWrong"),
    acceptedAnswers: t("learning.f.acceptedAnswers"),
    options: t("learning.f.options"),
  };
  const summaryLabels: Record<string, string> = { ...labels };
  for (let i = 0; i < OPTION_ROWS; i++) {
    summaryLabels[`options.${i}.label`] = t("learning.f.optionN", { n: i + 1 });
    summaryLabels[`options.${i}.feedback`] = t("learning.f.optionFeedbackN", { n: i + 1 });
  }
  return formPage(
    c,
    {
      title,
      pageTitle: `${title} · ${d.lesson.title}`,
      breadcrumbs: crumbs(c, d.course, title),
      form: d.form,
      labels: summaryLabels,
      formError: d.form.errors.form,
      action: d.questionId ? `${here}/questions/${d.questionId}/edit` : `${here}/questions`,
      submit: t("learning.f.save"),
      cancel: { href: `${here}/edit`, label: t("learning.f.cancel") },
      children: (
        <>
          <SelectField
            form={d.form}
            name="kind"
            label={labels.kind}
            options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`learning.questionKind.${k}`) }))}
          />
          <TextArea form={d.form} name="prompt" label={labels.prompt} required rows={3} maxlength={2000} />
          <TextArea
            form={d.form}
            name="feedbackRight"
            label={labels.feedbackRight}
            rows={2}
            maxlength={2000}
          />
          <TextArea
            form={d.form}
            name="feedbackWrong"
            label={labels.feedbackWrong}
            rows={2}
            maxlength={2000}
          />
          <TextArea
            form={d.form}
            name="acceptedAnswers"
            label={labels.acceptedAnswers}
            hint={t("learning.f.acceptedHint")}
            rows={3}
          />
          <fieldset class="mt-4" aria-describedby="options-hint">
            <legend class="h5" id="options">
              {labels.options}
            </legend>
            <p id="options-hint" class="form-text">
              {t("learning.f.optionsHint")}
            </p>
            {d.form.errors.options ? (
              <div class="invalid-feedback d-block mb-3">{d.form.errors.options}</div>
            ) : null}
            {Array.from({ length: OPTION_ROWS }, (_, i) => (
              <fieldset class="border-start ps-3 mb-3">
                <legend class="h6">{t("learning.f.optionN", { n: i + 1 })}</legend>
                <TextField
                  form={d.form}
                  name={`options.${i}.label`}
                  label={t("learning.f.optionText")}
                  maxlength={500}
                />
                <Checkbox form={d.form} name={`options.${i}.correct`} label={t("learning.f.optionCorrect")} />
                <TextField
                  form={d.form}
                  name={`options.${i}.feedback`}
                  label={t("learning.f.optionFeedback")}
                  maxlength={1000}
                />
              </fieldset>
            ))}
          </fieldset>
        </>
      ),
    },
    status,
  );
}
