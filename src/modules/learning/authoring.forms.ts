// Posted authoring forms → the inputs the authoring service checks (schema.ts), and records back
// to form values for editing. Numbers that cannot be read become NaN, which the schema refuses with
// its own message, so every field's error shows at once.
import type { FormState } from "../../platform/ui/components.tsx";
import type { KeyQuestion } from "./grading.ts";
import type { CourseInput, CurriculumInput, LessonInput, QuestionInput } from "./schema.ts";
import type { Course, Lesson, Quiz } from "./types.ts";
import { OPTION_ROWS } from "./views/question-form.tsx";

export type Posted = Record<string, string | string[]>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const lines = (v: string) =>
  v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const num = (v: string, empty: number | null) => (v.trim() === "" ? empty : Number(v.trim()));

/** The values a form shows back: every field as text, lists joined with commas. */
export const valuesOf = (body: Posted): Record<string, string> =>
  Object.fromEntries(
    Object.entries(body)
      .filter(([k]) => k !== "_csrf")
      .map(([k, v]) => [k, many(v).join(",")]),
  );

export const courseInput = (b: Posted): CourseInput => ({
  title: one(b.title),
  summary: one(b.summary),
  topic: one(b.topic),
  language: one(b.language) as CourseInput["language"],
  visibility: one(b.visibility) as CourseInput["visibility"],
  curriculumId: one(b.curriculumId) || null,
  position: num(one(b.position), 0) as number,
  translationOf: one(b.translationOf) || null,
  prerequisites: many(b.prerequisites).filter(Boolean),
});

export const curriculumInput = (b: Posted): CurriculumInput => ({
  title: one(b.title),
  summary: one(b.summary),
  language: one(b.language) as CurriculumInput["language"],
  visibility: one(b.visibility) as CurriculumInput["visibility"],
  published: one(b.published) === "on",
});

export const courseValues = (c: Course, prerequisites: string[]): FormState["values"] => ({
  title: c.title,
  summary: c.summary,
  topic: c.topic,
  language: c.language,
  visibility: c.visibility,
  curriculumId: c.curriculumId ?? "",
  position: String(c.position),
  translationOf: c.translationOf ?? "",
  prerequisites: prerequisites.join(","),
});

export const lessonInput = (b: Posted): LessonInput => ({
  moduleId: one(b.moduleId),
  kind: one(b.kind) as LessonInput["kind"],
  title: one(b.title),
  body: one(b.body),
  url: one(b.url).trim() || null,
  practices: lines(one(b.practices)),
  required: one(b.required) === "on",
  position: num(one(b.position), 0) as number,
  passMark: num(one(b.passMark), 70) as number,
  maxAttempts: num(one(b.maxAttempts), null),
});

export const lessonValues = (l: Lesson, quiz: Quiz | undefined, practiceSlugs: string[]) => ({
  moduleId: l.moduleId,
  kind: l.kind,
  title: l.title,
  body: l.body,
  url: l.url ?? "",
  practices: practiceSlugs.join("\n"),
  required: l.required ? "on" : "",
  position: String(l.position),
  passMark: String(quiz?.passMark ?? 70),
  maxAttempts: quiz?.maxAttempts ? String(quiz.maxAttempts) : "",
});

export function questionInput(b: Posted): QuestionInput {
  const options = [];
  for (let i = 0; i < OPTION_ROWS; i++) {
    const label = one(b[`options.${i}.label`]).trim();
    if (!label) continue;
    options.push({
      label,
      correct: one(b[`options.${i}.correct`]) === "on",
      feedback: one(b[`options.${i}.feedback`]),
    });
  }
  return {
    kind: one(b.kind) as QuestionInput["kind"],
    prompt: one(b.prompt),
    feedbackRight: one(b.feedbackRight),
    feedbackWrong: one(b.feedbackWrong),
    acceptedAnswers: lines(one(b.acceptedAnswers)),
    options,
  };
}

export function questionValues(q: KeyQuestion): Record<string, string> {
  const v: Record<string, string> = {
    kind: q.kind,
    prompt: q.prompt,
    feedbackRight: q.feedbackRight,
    feedbackWrong: q.feedbackWrong,
    acceptedAnswers: q.acceptedAnswers.join("\n"),
  };
  q.options.forEach((o, i) => {
    v[`options.${i}.label`] = o.label;
    v[`options.${i}.correct`] = o.correct ? "on" : "";
    v[`options.${i}.feedback`] = o.feedback;
  });
  return v;
}
