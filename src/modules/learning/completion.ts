// When a course and a curriculum count as completed: pure rules, so they are tested alone and the
// service applies them inside the transaction that records the last step.

export type LessonState = { id: string; kind: string; required: boolean };

/**
 * A course is complete when every required lesson is done — a quiz lesson is done when it was
 * passed — and it has at least one required lesson (an empty course completes nothing).
 */
export function courseComplete(
  lessons: LessonState[],
  done: ReadonlySet<string>,
  passed: ReadonlySet<string>,
) {
  const required = lessons.filter((l) => l.required);
  if (!required.length) return false;
  return required.every((l) => (l.kind === "quiz" ? passed.has(l.id) : done.has(l.id)));
}

/** A curriculum is complete when each of its published courses is (and it has some). */
export function curriculumComplete(courseIds: string[], completed: ReadonlySet<string>): boolean {
  return courseIds.length > 0 && courseIds.every((id) => completed.has(id));
}

/**
 * The lesson "continue" leads to: the first required lesson not yet done, in outline order, else the
 * last one opened, else the first lesson.
 */
export function nextLesson(
  lessons: LessonState[],
  done: ReadonlySet<string>,
  passed: ReadonlySet<string>,
  lastOpened: string | null,
): string | null {
  const open = lessons.find((l) => !(l.kind === "quiz" ? passed.has(l.id) : done.has(l.id)));
  return open?.id ?? lastOpened ?? lessons[0]?.id ?? null;
}

/** Prerequisites not yet completed, in the order given. */
export const missingPrerequisites = <T extends { id: string }>(
  required: T[],
  completed: ReadonlySet<string>,
) => required.filter((c) => !completed.has(c.id));
