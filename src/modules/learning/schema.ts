// zod schemas for what authors write: a course, a module, a lesson (with a quiz's settings) and a
// quiz question. Forms, the demo seed and tests all go through them. Messages are catalogue keys.
import { z } from "zod";
import { CONTENT_LANGUAGES, COURSE_VISIBILITIES, LESSON_KINDS, QUESTION_KINDS } from "./tables.ts";

const noHtml = (v: string) => !/<\s*[a-z!/?]/i.test(v);
const plain = (max: number) =>
  z.string().trim().max(max, "form.tooLong").refine(noHtml, "learning.errors.noHtml");
const url = z
  .string()
  .trim()
  .max(500, "form.tooLong")
  .refine((v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "form.invalidUrl");

export const CourseInput = z
  .object({
    title: plain(200).min(1, "form.required"),
    summary: plain(2000).default(""),
    topic: plain(100).default(""),
    language: z.enum(CONTENT_LANGUAGES, "learning.errors.language"),
    visibility: z.enum(COURSE_VISIBILITIES).default("public"),
    curriculumId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    position: z.number().int().min(0).max(1000).default(0),
    translationOf: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    /** Courses of the same network to complete first, by id or slug. */
    prerequisites: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  })
  .strict();
export type CourseInput = z.input<typeof CourseInput>;

/** A curriculum: a path of courses that a certificate crowns when all are completed. */
export const CurriculumInput = z
  .object({
    title: plain(200).min(1, "form.required"),
    summary: plain(2000).default(""),
    language: z.enum(CONTENT_LANGUAGES, "learning.errors.language"),
    visibility: z.enum(COURSE_VISIBILITIES).default("public"),
    published: z.boolean().default(false),
  })
  .strict();
export type CurriculumInput = z.input<typeof CurriculumInput>;

export const ModuleInput = z
  .object({
    title: plain(200).min(1, "form.required"),
    position: z.number().int().min(0).max(1000).default(0),
  })
  .strict();
export type ModuleInput = z.input<typeof ModuleInput>;

export const LessonInput = z
  .object({
    moduleId: z.uuid("learning.errors.module"),
    kind: z.enum(LESSON_KINDS, "learning.errors.kind"),
    title: plain(200).min(1, "form.required"),
    /** Markdown. */
    body: z.string().max(50000, "form.tooLong").default(""),
    url: url.nullish().transform((v) => v ?? null),
    /** Linked practices, by id or slug. */
    practices: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
    required: z.boolean().default(true),
    position: z.number().int().min(0).max(1000).default(0),
    passMark: z
      .number("learning.errors.passMark")
      .int("learning.errors.passMark")
      .min(0, "learning.errors.passMark")
      .max(100, "learning.errors.passMark")
      .default(70),
    maxAttempts: z
      .number("learning.errors.maxAttempts")
      .int("learning.errors.maxAttempts")
      .min(1, "learning.errors.maxAttempts")
      .max(100, "learning.errors.maxAttempts")
      .nullish()
      .transform((v) => v ?? null),
  })
  // A reading without a link gets its file on the reading page (reading.service.ts).
  .strict();
export type LessonInput = z.input<typeof LessonInput>;

const option = z.object({
  label: plain(500).min(1, "form.required"),
  correct: z.boolean().default(false),
  feedback: plain(1000).default(""),
});

export const QuestionInput = z
  .object({
    kind: z.enum(QUESTION_KINDS, "learning.errors.questionKind"),
    prompt: plain(2000).min(1, "form.required"),
    feedbackRight: plain(2000).default(""),
    feedbackWrong: plain(2000).default(""),
    acceptedAnswers: z.array(plain(500).min(1)).max(20).default([]),
    options: z.array(option).max(8).default([]),
    position: z.number().int().min(0).max(1000).default(0),
  })
  .strict()
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    if (q.kind === "short") {
      if (!q.acceptedAnswers.length)
        ctx.addIssue({
          code: "custom",
          path: ["acceptedAnswers"],
          message: "learning.errors.acceptedAnswers",
        });
      return;
    }
    if (q.options.length < 2)
      ctx.addIssue({ code: "custom", path: ["options"], message: "learning.errors.twoOptions" });
    else if (q.kind === "multiple" ? right < 1 : right !== 1)
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: q.kind === "multiple" ? "learning.errors.someCorrect" : "learning.errors.oneCorrect",
      });
  });
export type QuestionInput = z.input<typeof QuestionInput>;
