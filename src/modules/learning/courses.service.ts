// Reading courses as a viewer may see them: one course (404 when not visible), its outline, the
// catalogue with its filters, and a curriculum with its courses.
import { type Actor, actorOf, type Caller } from "../../platform/auth/index.ts";
import { sharedRead } from "../../platform/db/coalesce.ts";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { coursesWithCohortsFrom } from "./cohorts.repo.ts";
import {
  allCourses,
  courseBy,
  coursesByIds,
  curriculumBy,
  lessonById,
  lessonsOf,
  modulesOf,
  prerequisiteIds,
} from "./courses.repo.ts";
import { can } from "./policy.ts";
import { enrolmentOf } from "./progress.repo.ts";
import type { Course, Curriculum, Lesson, Outline } from "./types.ts";

/** A course regardless of who asks; 404 if missing. */
export async function loadCourse(deps: Deps, idOrSlug: string): Promise<Course> {
  // A cohort submitting its quiz at once shares one read of the course (and of the lesson below, the
  // quiz and its questions: quiz.service.ts); the objects are shared, never mutated.
  const c = await sharedRead(deps.db, `learning.course:${idOrSlug}`, () =>
    courseBy(deps.db, isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug }),
  );
  if (!c) throw notFound();
  return c;
}

/**
 * A course as `caller` may see it: 404 when not visible (a draft, to anyone but its authors). A
 * course unpublished after people enrolled stays readable to them (their records, read-only: the
 * policy's `study` still refuses every step).
 */
export async function getCourse(deps: Deps, caller: Caller | null, idOrSlug: string): Promise<Course> {
  const c = await loadCourse(deps, idOrSlug);
  if (can(caller, "see", c)) return c;
  const actor = actorOf(caller);
  if (
    actor &&
    can(actor, "see", { ...c, status: "published" }) &&
    (await enrolmentOf(deps.db, c.id, actor.id))
  )
    return c;
  throw notFound();
}

export async function outlineOf(deps: Deps, course: Course): Promise<Outline> {
  const [modules, lessons] = await Promise.all([
    modulesOf(deps.db, course.id),
    lessonsOf(deps.db, [course.id]),
  ]);
  return {
    course,
    modules: modules.map((m) => ({ ...m, lessons: lessons.filter((l) => l.moduleId === m.id) })),
  };
}

/** Every lesson of the outline, in order. */
export const lessonsInOrder = (o: Outline): Lesson[] => o.modules.flatMap((m) => m.lessons);

/** A lesson of the course (404 when it belongs to another). */
export async function lessonOfCourse(deps: Deps, course: Course, lessonId: string): Promise<Lesson> {
  const l = isUuid(lessonId)
    ? await sharedRead(deps.db, `learning.lesson:${lessonId}`, () => lessonById(deps.db, lessonId))
    : undefined;
  if (!l || l.courseId !== course.id) throw notFound();
  return l;
}

/** The prerequisites of a course, as courses. */
export async function prerequisitesOf(deps: Deps, course: Course): Promise<Course[]> {
  return coursesByIds(deps.db, await prerequisiteIds(deps.db, course.id));
}

/** "cohort": a cohort (bootcamp) not yet ended to join; "self-paced": none, studied alone. */
export const COURSE_FORMATS = ["cohort", "self-paced"] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];
export type CatalogueFilter = {
  networkId?: string;
  language?: string;
  topic?: string;
  format?: CourseFormat;
};

/**
 * The catalogue: published courses the viewer may see (authors also see their network's drafts),
 * filtered. A network keeps a few dozen courses, so the policy filters in memory.
 */
export async function listCourses(
  deps: Deps,
  actor: Actor | null,
  f: CatalogueFilter = {},
): Promise<Course[]> {
  const all = await allCourses(deps.db, f.networkId ? { networkId: f.networkId } : {});
  const withCohort = f.format
    ? await coursesWithCohortsFrom(deps.db, deps.clock.now().toISOString().slice(0, 10))
    : undefined;
  return all.filter(
    (c) =>
      can(actor, "see", c) &&
      (!f.language || c.language === f.language) &&
      (!f.topic || c.topic.toLowerCase() === f.topic.toLowerCase()) &&
      (!withCohort || withCohort.has(c.id) === (f.format === "cohort")),
  );
}

/** The topics and languages of the courses a viewer may see, for the catalogue's filters. */
export function facetsOf(courses: Course[]) {
  const sorted = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b));
  return { topics: sorted(courses.map((c) => c.topic)), languages: sorted(courses.map((c) => c.language)) };
}

export async function curriculumOfCourse(deps: Deps, course: Course): Promise<Curriculum | undefined> {
  return course.curriculumId ? curriculumBy(deps.db, { id: course.curriculumId }) : undefined;
}

/** A curriculum's published courses (the ones that count for its completion). */
export async function coursesOfCurriculum(deps: Deps, curriculumId: string): Promise<Course[]> {
  return (await allCourses(deps.db, { curriculumId })).filter((c) => c.status === "published");
}
