// What the routes of lessons with a file (video.routes.tsx, reading.routes.tsx) share: the lesson
// named in the path, a form refused with its problems as catalogue keys, those problems in the page's
// language, and what a streamed form hands its service for one file field.
import { AppError } from "../../platform/errors.ts";
import type { Ctx } from "../../platform/http/context.ts";
import type { With } from "../../platform/http/guards.ts";
import type { FileProblem, StreamedFile } from "../../platform/http/streamed-form.ts";
import type { FormState } from "../../platform/ui/components.tsx";
import { lessonOfCourse } from "./courses.service.ts";
import type { Course } from "./types.ts";

/** The lesson `:id` of the course the guards loaded (404 for one of another course). */
export const lessonOf = (c: With<{ course: Course }>) =>
  lessonOfCourse(c.get("deps"), c.get("course"), c.req.param("id") ?? "");

/** What is wrong, as catalogue keys with their parameters (a cue's line number). */
export type LessonFileProblem = { field: string; key: string; params?: Record<string, string | number> };

export class LessonFormRefused extends AppError {
  constructor(
    status: 409 | 413 | 422,
    readonly problems: LessonFileProblem[],
  ) {
    super(
      status,
      "validation-failed",
      "form.invalid",
      problems.map((p) => ({ field: p.field, message: p.key })),
    );
  }
}

/** A refusal's problems in the page's language; anything else is thrown on. */
export function refusedForm(c: Ctx, values: Record<string, string>, err: unknown): FormState {
  if (!(err instanceof LessonFormRefused)) throw err;
  const t = c.get("t");
  const errors: Record<string, string> = {};
  for (const p of err.problems) errors[p.field] ??= t(p.key, p.params);
  return { values, errors };
}

/** The streamed upload, or why the route refused it; null when the form sent none. */
export type UploadedFile = StreamedFile | { problem: FileProblem; name: string } | null;

/** An upload that is there (a field left empty is no upload). */
export const sentFile = (file: UploadedFile) =>
  file && !("problem" in file && file.problem === "empty") ? file : null;

/** The name a stored file keeps (shown, and given back in Content-Disposition). */
export const keptName = (name: string, fallback: string) =>
  name.split(/[\\/]/).pop()?.trim().slice(0, 200) || fallback;
