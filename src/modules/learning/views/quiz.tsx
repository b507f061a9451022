// A quiz: the questions as a form (each a fieldset with its legend; no time limit), and an attempt's
// feedback after submission, rendered on the server: the score, pass or fail, and per question
// whether it was right with its feedback, tied to the fieldset by aria-describedby. Before
// submission the page holds prompts and option labels only (decision 0053).
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, ErrorSummary, type FormState } from "../../../platform/ui/components.tsx";
import type { QuestionFeedback } from "../grading.ts";
import type { PublicQuestion } from "../types.ts";

/** The form field of a question: `answers.<id>` (the error summary links to it). */
export const answerField = (questionId: string) => `answers.${questionId}`;

export function QuizForm(p: {
  c: Ctx;
  questions: PublicQuestion[];
  action: string;
  form: FormState;
  language: string;
}) {
  const t = p.c.get("t");
  const labels = Object.fromEntries(
    p.questions.map((q, i) => [answerField(q.id), t("learning.quiz.question", { n: i + 1 })]),
  );
  return (
    <>
      <ErrorSummary form={p.form} title={t("form.errorSummary")} labels={labels} />
      <form method="post" action={p.action} novalidate>
        <Csrf token={p.c.get("csrfToken")()} />
        {p.questions.map((q, i) => (
          <QuestionFieldset c={p.c} q={q} i={i} language={p.language} form={p.form} />
        ))}
        <button type="submit" class="btn btn-primary">
          {t("learning.quiz.submit")}
        </button>
      </form>
    </>
  );
}

function QuestionFieldset(p: {
  c: Ctx;
  q: PublicQuestion;
  i: number;
  language: string;
  form?: FormState;
  feedback?: QuestionFeedback;
}) {
  const t = p.c.get("t");
  const { q, feedback: fb } = p;
  const name = answerField(q.id);
  const error = p.form?.errors[name];
  const chosen = new Set((p.form?.values[name] ?? "").split(",").filter(Boolean));
  const fbId = `feedback-${q.id}`;
  const described = [error ? `${q.id}-error` : "", fb ? fbId : ""].filter(Boolean).join(" ") || undefined;
  const byOption = new Map(fb?.options.map((o) => [o.optionId, o]));
  return (
    <fieldset class="learning-question mb-4" aria-describedby={described}>
      <legend class="h5" id={q.kind === "short" ? undefined : name}>
        <span lang={p.c.get("lang")}>{t("learning.quiz.question", { n: p.i + 1 })}: </span>
        <span lang={p.language}>{q.prompt}</span>
      </legend>
      {fb ? (
        <p class={`fw-semibold ${fb.correct ? "text-success" : "text-danger"}`}>
          {t(fb.correct ? "learning.quiz.right" : "learning.quiz.wrong")}
        </p>
      ) : null}
      {q.kind === "short" ? (
        <div class="form-group mt-5">
          <label for={name} class="active">
            {t("learning.quiz.yourAnswer")}
          </label>
          <input
            type="text"
            class={`form-control${error ? " is-invalid" : ""}`}
            id={name}
            name={name}
            value={fb ? (fb.answer ?? "") : (p.form?.values[name] ?? "")}
            disabled={Boolean(fb)}
            maxlength={500}
            aria-invalid={error ? "true" : undefined}
            lang={p.language}
          />
        </div>
      ) : (
        q.options.map((o) => {
          const ofb = byOption.get(o.id);
          return (
            <div class="form-check">
              <input
                type={q.kind === "multiple" ? "checkbox" : "radio"}
                id={`option-${o.id}`}
                name={name}
                value={o.id}
                checked={ofb ? ofb.chosen : chosen.has(o.id)}
                disabled={Boolean(fb)}
                aria-invalid={error ? "true" : undefined}
              />
              <label for={`option-${o.id}`} lang={p.language}>
                {o.label}
                {ofb?.chosen ? <span lang={p.c.get("lang")}> — {t("learning.quiz.yourChoice")}</span> : null}
                {ofb?.correct === true ? (
                  <span lang={p.c.get("lang")}> — {t("learning.quiz.correctOption")}</span>
                ) : null}
              </label>
              {ofb?.feedback ? (
                <p class="small ms-4 mb-2" lang={p.language}>
                  {ofb.feedback}
                </p>
              ) : null}
            </div>
          );
        })
      )}
      {error ? (
        <div id={`${q.id}-error`} class="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
      {fb?.feedback ? (
        <p id={fbId} class="learning-feedback" lang={p.language}>
          {fb.feedback}
        </p>
      ) : fb ? (
        <p id={fbId} class="visually-hidden">
          {t(fb.correct ? "learning.quiz.right" : "learning.quiz.wrong")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** An attempt's result: the score, pass or fail (announced), then every question with its feedback. */
export function AttemptResult(p: {
  c: Ctx;
  questions: PublicQuestion[];
  feedback: QuestionFeedback[];
  attempt: { n: number; score: number; passed: boolean };
  passMark: number;
  language: string;
}) {
  const t = p.c.get("t");
  const byQuestion = new Map(p.feedback.map((f) => [f.questionId, f]));
  return (
    <>
      <div
        class={`alert ${p.attempt.passed ? "alert-success" : "alert-warning"}`}
        role="status"
        id="attempt-result"
        tabindex={-1}
      >
        <p class="fw-semibold mb-1">
          {t(p.attempt.passed ? "learning.quiz.passed" : "learning.quiz.failed", {
            score: p.attempt.score,
            mark: p.passMark,
          })}
        </p>
        <p class="mb-0">{t("learning.quiz.attemptN", { n: p.attempt.n })}</p>
      </div>
      <h2 class="h4">{t("learning.quiz.review")}</h2>
      {p.questions.map((q, i) => (
        <QuestionFieldset c={p.c} q={q} i={i} language={p.language} feedback={byQuestion.get(q.id)} />
      ))}
    </>
  );
}
