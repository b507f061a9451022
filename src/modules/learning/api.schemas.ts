// The OpenAPI shapes of learning's /api/v1 routes. A course's detail carries quiz questions with
// their option labels only: no answer key, no feedback (decision 0053).
import { z } from "../../platform/http/api.ts";

export const CourseJson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url(),
    networkId: z.uuid(),
    curriculumId: z.uuid().nullable(),
    title: z.string(),
    summary: z.string(),
    topic: z.string(),
    language: z.string().openapi({ example: "en", description: "Language the content is written in" }),
    translationOf: z.uuid().nullable(),
    visibility: z.enum(["public", "network", "pa"]),
    status: z.enum(["draft", "published"]),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Course");

const QuestionJson = z
  .object({
    id: z.uuid(),
    kind: z.enum(["single", "multiple", "true-false", "short"]),
    prompt: z.string(),
    options: z.array(z.object({ id: z.uuid(), label: z.string() })),
  })
  .openapi("QuizQuestion");

const LessonJson = z
  .object({
    id: z.uuid(),
    kind: z.enum(["text", "reading", "practices", "quiz", "video", "live"]),
    title: z.string(),
    required: z.boolean(),
    body: z.string().openapi({ description: "Markdown" }),
    url: z.url().nullable().openapi({ description: "A reading's link" }),
    file: z
      .object({
        name: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        url: z.url().openapi({ description: "The document, with byte ranges, to whoever sees the course" }),
      })
      .nullable()
      .openapi({ description: "A reading's uploaded document (in place of its link)" }),
    practiceIds: z.array(z.uuid()),
    quiz: z
      .object({
        id: z
          .uuid()
          .openapi({ description: "The quiz's id (its lesson's): POST answers to /quizzes/{id}/attempts" }),
        passMark: z.number().int(),
        maxAttempts: z.number().int().nullable(),
        questions: z.array(QuestionJson),
      })
      .nullable(),
  })
  .openapi("Lesson");

export const CourseDetailJson = CourseJson.extend({
  prerequisiteIds: z.array(z.uuid()),
  modules: z.array(z.object({ id: z.uuid(), title: z.string(), lessons: z.array(LessonJson) })),
}).openapi("CourseDetail");

export const EnrolmentJson = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    courseUrl: z.url(),
    enrolledAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    requiredLessons: z.number().int(),
    requiredDone: z.number().int(),
  })
  .openapi("Enrolment");

export const AttemptRequest = z
  .object({
    answers: z
      .record(z.string(), z.union([z.array(z.string().max(100)).max(20), z.string().max(500)]))
      .openapi({ description: "Per question id: the chosen option ids, or the short answer's text" }),
  })
  .strict()
  .openapi("AttemptRequest");

export const AttemptJson = z
  .object({
    id: z.uuid(),
    n: z.number().int(),
    score: z.number().int().openapi({ description: "Percent" }),
    passed: z.boolean(),
    submittedAt: z.iso.datetime(),
    feedback: z.array(
      z.object({
        questionId: z.uuid(),
        correct: z.boolean(),
        feedback: z.string(),
        answer: z.string().optional(),
        options: z.array(
          z.object({
            optionId: z.uuid(),
            chosen: z.boolean(),
            correct: z
              .boolean()
              .nullable()
              .openapi({ description: "null: not revealed while attempts remain" }),
            feedback: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi("QuizAttempt");

export const AttemptResetRequest = z
  .object({
    learnerId: z.uuid().openapi({ description: "The learner's account id" }),
    reason: z
      .string()
      .max(200)
      .optional()
      .openapi({ description: "Why (optional): kept in the audit log, not shown to the learner" }),
  })
  .strict()
  .openapi("AttemptResetRequest");
