// The SQL for curricula, courses, their prerequisites, modules and lessons.
import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { LearningTables } from "./tables.ts";
import type { Course, Curriculum, Lesson, Module } from "./types.ts";

const q = (db: Db) => db.withTables<LearningTables>();
type T = LearningTables;

export const toCourse = (r: Selectable<T["learning_courses"]>): Course => ({
  id: r.id,
  slug: r.slug,
  networkId: r.network_id,
  curriculumId: r.curriculum_id,
  position: r.position,
  title: r.title,
  summary: r.summary,
  topic: r.topic,
  language: r.language,
  translationOf: r.translation_of,
  visibility: r.visibility,
  status: r.status,
  updatedAt: r.updated_at,
});

const toCurriculum = (r: Selectable<T["learning_curricula"]>): Curriculum => ({
  id: r.id,
  slug: r.slug,
  networkId: r.network_id,
  title: r.title,
  summary: r.summary,
  language: r.language,
  visibility: r.visibility,
  status: r.status,
});

const toLesson = (r: Selectable<T["learning_lessons"]>): Lesson => ({
  id: r.id,
  courseId: r.course_id,
  moduleId: r.module_id,
  position: r.position,
  kind: r.kind,
  title: r.title,
  body: r.body,
  url: r.url,
  practiceIds: r.practice_ids,
  required: r.required,
  updatedAt: r.updated_at,
  meetingId: r.meeting_id,
});

export async function insertCurriculum(db: Db, row: Insertable<T["learning_curricula"]>) {
  await q(db).insertInto("learning_curricula").values(row).execute();
}

export async function curriculumBy(db: Db, key: { id?: string; slug?: string }) {
  let s = q(db).selectFrom("learning_curricula").selectAll();
  s = key.id ? s.where("id", "=", key.id) : s.where("slug", "=", key.slug ?? "");
  const r = await s.executeTakeFirst();
  return r ? toCurriculum(r) : undefined;
}

export async function curriculaOfNetwork(db: Db, networkId: string) {
  const rows = await q(db)
    .selectFrom("learning_curricula")
    .selectAll()
    .where("network_id", "=", networkId)
    .orderBy("title")
    .execute();
  return rows.map(toCurriculum);
}

export async function insertCourse(db: Db, row: Insertable<T["learning_courses"]>) {
  await q(db).insertInto("learning_courses").values(row).execute();
}

export async function updateCourseRow(db: Db, id: string, patch: Updateable<T["learning_courses"]>) {
  await q(db).updateTable("learning_courses").set(patch).where("id", "=", id).execute();
}

export async function courseBy(db: Db, key: { id?: string; slug?: string }) {
  let s = q(db).selectFrom("learning_courses").selectAll();
  s = key.id ? s.where("id", "=", key.id) : s.where("slug", "=", key.slug ?? "");
  const r = await s.executeTakeFirst();
  return r ? toCourse(r) : undefined;
}

/** Every course, optionally of one network or curriculum, by curriculum place then title. */
export async function allCourses(db: Db, o: { networkId?: string; curriculumId?: string } = {}) {
  let s = q(db).selectFrom("learning_courses").selectAll();
  if (o.networkId) s = s.where("network_id", "=", o.networkId);
  if (o.curriculumId) s = s.where("curriculum_id", "=", o.curriculumId);
  const rows = await s.orderBy("position").orderBy("title").orderBy("id").execute();
  return rows.map(toCourse);
}

export async function coursesByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  const rows = await q(db).selectFrom("learning_courses").selectAll().where("id", "in", ids).execute();
  return rows.map(toCourse);
}

/** The slugs of `table` that `firstFreeSlug` must avoid for `base`: it, and it with a suffix. */
async function slugsStartingWith(db: Db, table: "learning_courses" | "learning_curricula", base: string) {
  const rows = await q(db)
    .selectFrom(table)
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base.replace(/[\\%_]/g, "\\$&")}-%`)]))
    .execute();
  return rows.map((r) => r.slug);
}

export const courseSlugsStartingWith = (db: Db, base: string) =>
  slugsStartingWith(db, "learning_courses", base);
export const curriculumSlugsStartingWith = (db: Db, base: string) =>
  slugsStartingWith(db, "learning_curricula", base);

export async function prerequisiteIds(db: Db, courseId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("learning_course_prerequisites")
    .select("required_course_id")
    .where("course_id", "=", courseId)
    .execute();
  return rows.map((r) => r.required_course_id);
}

export async function setPrerequisites(db: Db, courseId: string, ids: string[]) {
  await q(db).deleteFrom("learning_course_prerequisites").where("course_id", "=", courseId).execute();
  if (ids.length)
    await q(db)
      .insertInto("learning_course_prerequisites")
      .values([...new Set(ids)].map((required_course_id) => ({ course_id: courseId, required_course_id })))
      .execute();
}

export async function insertModule(db: Db, row: Insertable<T["learning_modules"]>) {
  await q(db).insertInto("learning_modules").values(row).execute();
}

export async function updateModuleRow(db: Db, id: string, patch: Updateable<T["learning_modules"]>) {
  await q(db).updateTable("learning_modules").set(patch).where("id", "=", id).execute();
}

export async function modulesOf(db: Db, courseId: string): Promise<Module[]> {
  const rows = await q(db)
    .selectFrom("learning_modules")
    .selectAll()
    .where("course_id", "=", courseId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, courseId: r.course_id, position: r.position, title: r.title }));
}

export async function insertLesson(db: Db, row: Insertable<T["learning_lessons"]>) {
  await q(db).insertInto("learning_lessons").values(row).execute();
}

export async function updateLessonRow(db: Db, id: string, patch: Updateable<T["learning_lessons"]>) {
  await q(db).updateTable("learning_lessons").set(patch).where("id", "=", id).execute();
}

/** The lessons of courses, in outline order (module place, then lesson place). */
export async function lessonsOf(db: Db, courseIds: string[]): Promise<Lesson[]> {
  if (!courseIds.length) return [];
  const rows = await q(db)
    .selectFrom("learning_lessons")
    .innerJoin("learning_modules", "learning_modules.id", "learning_lessons.module_id")
    .selectAll("learning_lessons")
    .where("learning_lessons.course_id", "in", courseIds)
    .orderBy("learning_modules.position")
    .orderBy("learning_modules.id")
    .orderBy("learning_lessons.position")
    .orderBy("learning_lessons.id")
    .execute();
  return rows.map(toLesson);
}

export async function lessonById(db: Db, id: string) {
  const r = await q(db).selectFrom("learning_lessons").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toLesson(r) : undefined;
}
