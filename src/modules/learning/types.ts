// What the learning module's services hand out: rows mapped to plain objects (never a row).
import type { ContentLanguage, CourseVisibility, LessonKind, QuestionKind, Status } from "./tables.ts";

export type Curriculum = {
  id: string;
  slug: string;
  networkId: string;
  title: string;
  summary: string;
  language: string;
  visibility: CourseVisibility;
  status: Status;
};

export type Course = {
  id: string;
  slug: string;
  networkId: string;
  curriculumId: string | null;
  position: number;
  title: string;
  summary: string;
  topic: string;
  language: ContentLanguage | string;
  translationOf: string | null;
  visibility: CourseVisibility;
  status: Status;
  updatedAt: Date;
};

export type Module = { id: string; courseId: string; position: number; title: string };

export type Lesson = {
  id: string;
  courseId: string;
  moduleId: string;
  position: number;
  kind: LessonKind;
  title: string;
  body: string;
  url: string | null;
  practiceIds: string[];
  required: boolean;
  updatedAt: Date;
  /** A live session's lab meeting. */
  meetingId?: string | null;
};

/** A question as learners see it before answering: no key, no feedback. */
export type PublicQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: { id: string; label: string }[];
};

export type Quiz = { lessonId: string; passMark: number; maxAttempts: number | null };

export type Outline = { course: Course; modules: (Module & { lessons: Lesson[] })[] };

export type Enrolment = {
  id: string;
  courseId: string;
  accountId: string;
  enrolledAt: Date;
  lastLessonId: string | null;
  completedAt: Date | null;
};

/** One learner's state in one course. */
export type Progress = {
  enrolment: Enrolment | null;
  done: Set<string>;
  passed: Set<string>;
  /** Best score per quiz lesson. */
  best: Map<string, number>;
  requiredCount: number;
  requiredDone: number;
};
