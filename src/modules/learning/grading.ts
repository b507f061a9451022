// Grading a quiz attempt, on the server and only here: the answer key (which options are right, the
// accepted short answers, the feedback) is read from the database, compared with what the person
// sent, and only then put in the answer (decision 0053). Pure: no database, no clock.
import type { FieldError } from "../../platform/errors.ts";
import type { Answers, QuestionKind } from "./tables.ts";

export type KeyOption = { id: string; label: string; correct: boolean; feedback: string };
export type KeyQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  feedbackRight: string;
  feedbackWrong: string;
  acceptedAnswers: string[];
  options: KeyOption[];
};

/** `correct` null and `feedback` empty: not revealed (an option not chosen, while attempts remain). */
export type OptionFeedback = { optionId: string; chosen: boolean; correct: boolean | null; feedback: string };
export type QuestionFeedback = {
  questionId: string;
  correct: boolean;
  /** The question's feedback for a right or a wrong answer. */
  feedback: string;
  /** Choice questions: each option, whether it was chosen, whether it is right, its feedback. */
  options: OptionFeedback[];
  /** Short answer: what the person typed. */
  answer?: string;
};
export type Graded = { score: number; passed: boolean; feedback: QuestionFeedback[] };

/**
 * Short answers compare without case, accents, outer spaces and repeated inner spaces:
 * "  Città  Intelligente" matches "citta intelligente".
 */
export const normaliseAnswer = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").trim().replace(/\s+/g, " ");

/** Field errors for answers that name no question or option of the quiz, or that are missing. */
export function answerErrors(questions: KeyQuestion[], answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  const ids = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(answers))
    if (!ids.has(key)) errors.push({ field: `answers.${key}`, message: "learning.errors.unknownQuestion" });
  for (const q of questions) {
    const field = `answers.${q.id}`;
    const a = answers[q.id];
    if (q.kind === "short") {
      if (typeof a !== "string" || !a.trim())
        errors.push({ field, message: "learning.errors.answerMissing" });
      else if (a.length > 500) errors.push({ field, message: "form.tooLong" });
      continue;
    }
    if (!Array.isArray(a) || a.length === 0) {
      errors.push({ field, message: "learning.errors.answerMissing" });
      continue;
    }
    const known = new Set(q.options.map((o) => o.id));
    if (a.some((id) => !known.has(id))) errors.push({ field, message: "learning.errors.unknownOption" });
    else if (q.kind !== "multiple" && new Set(a).size > 1)
      errors.push({ field, message: "learning.errors.oneOption" });
  }
  return errors;
}

function gradeOne(q: KeyQuestion, a: string[] | string | undefined): QuestionFeedback {
  if (q.kind === "short") {
    const typed = typeof a === "string" ? a : "";
    const accepted = new Set(q.acceptedAnswers.map(normaliseAnswer));
    const correct = accepted.has(normaliseAnswer(typed));
    return {
      questionId: q.id,
      correct,
      feedback: correct ? q.feedbackRight : q.feedbackWrong,
      options: [],
      answer: typed,
    };
  }
  const chosen = new Set(Array.isArray(a) ? a : []);
  const right = new Set(q.options.filter((o) => o.correct).map((o) => o.id));
  const correct = chosen.size === right.size && [...chosen].every((id) => right.has(id));
  return {
    questionId: q.id,
    correct,
    feedback: correct ? q.feedbackRight : q.feedbackWrong,
    options: q.options.map((o) => ({
      optionId: o.id,
      chosen: chosen.has(o.id),
      correct: o.correct,
      feedback: o.feedback,
    })),
  };
}

/** The score (percent, rounded down so a pass is never rounded into one), pass or fail, feedback. */
export function grade(questions: KeyQuestion[], answers: Answers, passMark: number): Graded {
  const feedback = questions.map((q) => gradeOne(q, answers[q.id]));
  const right = feedback.filter((f) => f.correct).length;
  const score = questions.length ? Math.floor((100 * right) / questions.length) : 0;
  return { score, passed: score >= passMark, feedback };
}

/**
 * What an attempt's feedback shows while the learner may still try again: whether each question was
 * right, and the feedback of the options they chose — not which unchosen option was the right one,
 * nor the accepted short answers (the next attempt would be a copy). Once passed, or with no attempt
 * left, everything is shown.
 */
export function redact(feedback: QuestionFeedback[], reveal: boolean): QuestionFeedback[] {
  if (reveal) return feedback;
  return feedback.map((q) => ({
    ...q,
    options: q.options.map((o) => (o.chosen ? o : { ...o, correct: null, feedback: "" })),
  }));
}
