// A learner's own learning: each enrolment with its course and progress, and the curricula they
// completed, and their certificates — for /learning/me, the "my area" section and the API.
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { myCertificates } from "./certificates.service.ts";
import { coursesByIds, curriculumBy } from "./courses.repo.ts";
import { curriculumCompletionsOf, enrolmentsOfAccount } from "./progress.repo.ts";
import { progressIn } from "./progress.service.ts";
import type { Course, Curriculum, Enrolment } from "./types.ts";

export type MyCourse = { course: Course; enrolment: Enrolment; done: number; total: number };

export async function myLearning(deps: Deps, actor: Actor) {
  const enrolments = await enrolmentsOfAccount(deps.db, actor.id);
  const courses = new Map(
    (
      await coursesByIds(
        deps.db,
        enrolments.map((e) => e.courseId),
      )
    ).map((c) => [c.id, c]),
  );
  const items: MyCourse[] = [];
  for (const e of enrolments) {
    const course = courses.get(e.courseId);
    if (!course) continue;
    const p = await progressIn(deps, actor.id, course);
    items.push({ course, enrolment: e, done: p.requiredDone, total: p.requiredCount });
  }
  const curricula: { curriculum: Curriculum; completedAt: Date }[] = [];
  for (const c of await curriculumCompletionsOf(deps.db, actor.id)) {
    const curriculum = await curriculumBy(deps.db, { id: c.curriculum_id });
    if (curriculum) curricula.push({ curriculum, completedAt: c.completed_at });
  }
  return {
    inProgress: items.filter((i) => !i.enrolment.completedAt),
    completed: items.filter((i) => i.enrolment.completedAt),
    curricula,
    certificates: await myCertificates(deps, actor.id),
  };
}
