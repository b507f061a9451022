// Cohorts (bootcamps): a course studied together between two dates, by at most `capacity` learners,
// with facilitators, and the meetings of one lab of the course's network as its live sessions.
// Joining, leaving and the waiting list: cohorts.places.ts.
import { type Actor, isCoordinatorOrAdmin, SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { isUuid, newId } from "../../platform/ids.ts";
import { networkPeopleWithRoles } from "../identity/index.ts";
import { addMember, createLab, getLab, programmeOf } from "../labs/index.ts";
import { type Cohort, cohortById, facilitatorsOf, insertCohort } from "./cohorts.repo.ts";
import { insertLesson, lessonsOf, modulesOf } from "./courses.repo.ts";
import { loadCourse } from "./courses.service.ts";
import { can } from "./policy.ts";
import type { Course } from "./types.ts";

export type { Cohort } from "./cohorts.repo.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type CohortInput = {
  title: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  /** An existing lab of the course's network… */
  labId: string;
  /** …or, when given, a new lab with this title, made with the cohort (labId is then ignored). */
  newLab?: { title: string } | null;
  facilitators: string[];
};

type FieldError = { field: string; message: string };

/** The form's own rules (dates, capacity, title); the lab and the facilitators are checked against the network. */
function formErrors(d: CohortInput): FieldError[] {
  const errors: FieldError[] = [];
  const title = d.title.trim();
  if (!title || title.length > 200) errors.push({ field: "title", message: "learning.cohorts.errors.title" });
  if (!DAY.test(d.startsOn) || Number.isNaN(Date.parse(d.startsOn)))
    errors.push({ field: "startsOn", message: "learning.cohorts.errors.date" });
  if (!DAY.test(d.endsOn) || Number.isNaN(Date.parse(d.endsOn)))
    errors.push({ field: "endsOn", message: "learning.cohorts.errors.date" });
  else if (DAY.test(d.startsOn) && d.endsOn < d.startsOn)
    errors.push({ field: "endsOn", message: "learning.cohorts.errors.endsBefore" });
  if (!Number.isInteger(d.capacity) || d.capacity < 1 || d.capacity > 1000)
    errors.push({ field: "capacity", message: "learning.cohorts.errors.capacity" });
  return errors;
}

/** Extra facilitators must be people of the course's network (the form offers only those). */
async function facilitatorErrors(deps: Deps, course: Course, ids: string[]): Promise<FieldError[]> {
  if (!ids.length) return [];
  const people = new Set((await networkPeopleWithRoles(deps, course.networkId)).map((p) => p.id));
  return ids.every((id) => people.has(id))
    ? []
    : [{ field: "facilitators", message: "learning.cohorts.errors.facilitators" }];
}

/**
 * Creates a cohort of the course (its authors only), linked to a lab of the course's network, with
 * its creator and the chosen people of the network as facilitators. Every error of the form at once.
 * A new lab, when asked for, is made in the cohort's transaction through labs' index (by the system:
 * network facilitators author courses but do not create labs; decision 0059), with the cohort's
 * facilitators as its own: an error anywhere stores neither.
 */
export async function createCohort(
  deps: Deps,
  actor: Actor | typeof SYSTEM,
  course: Course,
  input: CohortInput,
): Promise<Cohort> {
  if (!can(actor, "author", course)) throw notFound();
  const errors = formErrors(input);
  const newLab = input.newLab ? { title: input.newLab.title.trim() } : null;
  let labId: string | null = null;
  if (newLab) {
    if (!newLab.title || newLab.title.length > 200)
      errors.push({ field: "newLabTitle", message: "learning.cohorts.errors.newLab" });
  } else {
    const lab = isUuid(input.labId) ? await getLab(deps, SYSTEM, input.labId).catch(() => null) : null;
    if (lab?.networkId === course.networkId) labId = lab.id;
    else errors.push({ field: "labId", message: "learning.cohorts.errors.lab" });
  }
  errors.push(...(await facilitatorErrors(deps, course, input.facilitators)));
  if (errors.length) throw invalid(errors);
  const facilitators = [...new Set([...(actor === SYSTEM ? [] : [actor.id]), ...input.facilitators])];
  const at = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    if (newLab) labId = await labForCohort({ ...deps, db: trx }, course, input, newLab.title, facilitators);
    const cohort: Cohort = {
      id: newId(),
      courseId: course.id,
      labId: labId!,
      title: input.title.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      capacity: input.capacity,
    };
    await insertCohort(trx, { ...cohort, facilitators, at });
    return cohort;
  });
}

/** The new lab of a cohort: its dates, the course's visibility, the cohort's facilitators as its own. */
async function labForCohort(
  deps: Deps,
  course: Course,
  input: CohortInput,
  title: string,
  facilitators: string[],
): Promise<string> {
  const lab = await createLab(deps, SYSTEM, course.networkId, {
    title,
    periodStart: input.startsOn,
    periodEnd: input.endsOn,
    visibility: course.visibility,
  }).catch((e) => {
    // Labs' own rules on the title (checked above already): said on the cohort form's field.
    if (e instanceof AppError && e.status === 422)
      throw invalid([{ field: "newLabTitle", message: "learning.cohorts.errors.newLab" }]);
    throw e;
  });
  for (const id of facilitators) await addMember(deps, lab.id, id, "facilitator");
  return lab.id;
}

/** A cohort with its course, as the viewer may see it (404 otherwise). */
export async function getCohort(
  deps: Deps,
  actor: Actor | null,
  id: string,
): Promise<{ cohort: Cohort; course: Course }> {
  const cohort = isUuid(id) ? await cohortById(deps.db, id) : undefined;
  if (!cohort) throw notFound();
  const course = await loadCourse(deps, cohort.courseId);
  if (!can(actor, "see", course)) throw notFound();
  return { cohort, course };
}

/** Facilitators of this cohort and coordinators of the course's network: the progress page. */
export async function canFollow(deps: Deps, actor: Actor | null, cohort: Cohort, course: Course) {
  if (!actor) return false;
  if (isCoordinatorOrAdmin(actor, course.networkId)) return true;
  return (await facilitatorsOf(deps.db, cohort.id)).includes(actor.id);
}

/** Adds a live-session lesson: one meeting of the cohort's lab, done by checking in there. */
export async function addLiveSession(
  deps: Deps,
  actor: Actor | typeof SYSTEM,
  cohort: Cohort,
  course: Course,
  o: { moduleId: string; meetingId: string; title: string; position?: number; required?: boolean },
): Promise<string> {
  if (!can(actor, "author", course)) throw notFound();
  const lab = await getLab(deps, SYSTEM, cohort.labId);
  // Meetings the author may see (the demo, as SYSTEM, links public ones).
  const meeting = (await programmeOf(deps, actor === SYSTEM ? null : actor, lab)).find(
    (m) => m.id === o.meetingId,
  );
  const errors: { field: string; message: string }[] = [];
  if (!meeting) errors.push({ field: "meetingId", message: "learning.cohorts.errors.meeting" });
  const title = o.title.trim() || meeting?.title || "";
  if (!title || title.length > 200) errors.push({ field: "title", message: "learning.cohorts.errors.title" });
  const lessons = await lessonsOf(deps.db, [course.id]);
  if (!(await modulesOf(deps.db, course.id)).some((m) => m.id === o.moduleId))
    errors.push({ field: "moduleId", message: "learning.cohorts.errors.module" });
  if (errors.length) throw invalid(errors);
  const id = newId();
  await insertLesson(deps.db, {
    id,
    course_id: course.id,
    module_id: o.moduleId,
    position: o.position ?? lessons.length + 1,
    kind: "live",
    title,
    body: "",
    meeting_id: o.meetingId,
    required: o.required ?? true,
    updated_at: deps.clock.now(),
  });
  return id;
}
