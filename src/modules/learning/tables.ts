// Kysely types for the learning tables (migrations/202612120000_learning.sql). Only this module's
// repositories use them; other modules go through index.ts.
import type { ColumnType } from "kysely";

export const COURSE_VISIBILITIES = ["public", "network", "pa"] as const;
export type CourseVisibility = (typeof COURSE_VISIBILITIES)[number];
export const STATUSES = ["draft", "published"] as const;
export type Status = (typeof STATUSES)[number];
/** Languages content may be written in (the partnership's five countries and Italy's neighbours). */
export const CONTENT_LANGUAGES = ["en", "it", "de", "fr", "es", "sv", "fi", "nl"] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
export const LESSON_KINDS = ["text", "reading", "practices", "quiz", "video"] as const;
/** "live": a cohort's live session (a lab meeting), added from the cohort's page, not the lesson form. */
export type LessonKind = (typeof LESSON_KINDS)[number] | "live";
export const QUESTION_KINDS = ["single", "multiple", "true-false", "short"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

type Stamp = ColumnType<Date, Date, Date>;

export type LearningTables = {
  learning_curricula: {
    id: string;
    slug: string;
    network_id: string;
    title: string;
    summary: string;
    language: string;
    visibility: CourseVisibility;
    status: Status;
    created_at: Stamp;
    updated_at: Stamp;
  };
  learning_courses: {
    id: string;
    slug: string;
    network_id: string;
    curriculum_id: string | null;
    position: number;
    title: string;
    summary: string;
    topic: string;
    language: string;
    translation_of: string | null;
    visibility: CourseVisibility;
    status: Status;
    created_by: string | null;
    created_at: Stamp;
    updated_at: Stamp;
  };
  learning_course_prerequisites: { course_id: string; required_course_id: string };
  learning_modules: { id: string; course_id: string; position: number; title: string };
  learning_lessons: {
    id: string;
    course_id: string;
    module_id: string;
    position: number;
    kind: LessonKind;
    title: string;
    body: string;
    url: string | null;
    practice_ids: ColumnType<string[], string[] | undefined, string[]>;
    required: boolean;
    updated_at: Stamp;
    meeting_id: ColumnType<string | null, string | null | undefined, string | null>;
  };
  learning_quizzes: { lesson_id: string; pass_mark: number; max_attempts: number | null };
  learning_questions: {
    id: string;
    quiz_id: string;
    position: number;
    kind: QuestionKind;
    prompt: string;
    feedback_right: string;
    feedback_wrong: string;
    accepted_answers: ColumnType<string[], string[] | undefined, string[]>;
  };
  learning_options: {
    id: string;
    question_id: string;
    position: number;
    label: string;
    correct: boolean;
    feedback: string;
  };
  learning_enrolments: {
    id: string;
    course_id: string;
    account_id: string;
    cohort_id: string | null;
    enrolled_at: Date;
    last_lesson_id: string | null;
    completed_at: Date | null;
  };
  learning_lesson_progress: { account_id: string; lesson_id: string; course_id: string; done_at: Date };
  learning_attempts: {
    id: string;
    quiz_id: string;
    account_id: string;
    n: number;
    answers: ColumnType<Answers, string, never>;
    score: number;
    passed: boolean;
    submitted_at: Date;
    /** The facilitator's reset that covers the attempt (migration 202612180000): it no longer counts. */
    reset_id: ColumnType<string | null, string | null | undefined, string | null>;
  };
  learning_attempt_resets: {
    id: string;
    quiz_id: string;
    account_id: string;
    reset_by: string | null;
    reason: string;
    attempts: number;
    reset_at: Date;
  };
  learning_curriculum_completions: { curriculum_id: string; account_id: string; completed_at: Date };
  learning_cohorts: {
    id: string;
    course_id: string;
    lab_id: string;
    title: string;
    starts_on: ColumnType<string, string, string>;
    ends_on: ColumnType<string, string, string>;
    capacity: number;
    created_at: Date;
  };
  learning_cohort_facilitators: { cohort_id: string; account_id: string };
  /** `seq`: the order of arrival, assigned by the database (generated always). */
  learning_cohort_waitlist: {
    cohort_id: string;
    account_id: string;
    seq: ColumnType<number, never, never>;
    waiting_since: Date;
  };
};

/** What a person answered: per question, the option ids chosen, or the text typed. */
export type Answers = Record<string, string[] | string>;
