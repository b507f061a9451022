// A cohort's places: joining (a place, or the waiting list when the cohort is full), leaving (the
// cohort or its waiting list) and the promotion of the first in line when a place frees up.
// Every change runs in one transaction that first locks the cohort's row (cohorts.repo.ts cohortById),
// so joins, leaves and promotions of one cohort happen one after the other: the members never exceed
// the capacity and the waiting list keeps the order in which the joins took the lock. Taking a place
// emits `learning.cohort.joined`, going on the list `learning.cohort.waitlisted` (told after commit,
// notifications.ts). Once committed, whoever took a place is registered for the lab's upcoming
// meetings through labs' index, as they would register on each meeting's page.
import type { Actor } from "../../platform/auth/index.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import { newId } from "../../platform/ids.ts";
import { loadActor } from "../identity/index.ts";
import { getLab, programmeOf, RegistrationError, register } from "../labs/index.ts";
import {
  addToWaitlist,
  type Cohort,
  cohortById,
  cohortOfLearner,
  joinRow,
  leaveRow,
  leaveWaitlistsOfCourse,
  memberCount,
  removeFromWaitlist,
  waitlistOf,
  waitlistPosition,
} from "./cohorts.repo.ts";
import { can } from "./policy.ts";
import type { Course } from "./types.ts";
import "./events.ts";

/** What each of the lab's upcoming meetings said to one learner's registration. */
export type SessionOutcome = {
  meetingId: string;
  title: string;
  status: "confirmed" | "waitlisted" | "refused";
}[];

export type JoinOutcome =
  | { state: "member"; already: boolean; meetings: SessionOutcome }
  /** `already`: they were on the list before this request. */
  | { state: "waitlisted"; already: boolean; position: number; meetings: [] }
  /** A member of another cohort of the course (one cohort per course). */
  | { state: "elsewhere"; already: true; meetings: [] };

/** Puts the learner in the cohort (off every waiting list of the course) and says so after commit. */
async function admit(deps: Deps, trx: Db, cohort: Cohort, course: Course, accountId: string) {
  const row = await joinRow(trx, {
    id: newId(),
    courseId: course.id,
    cohortId: cohort.id,
    accountId,
    at: deps.clock.now(),
  });
  await leaveWaitlistsOfCourse(trx, course.id, accountId);
  if (row.joined)
    await emit(deps, trx, "learning.cohort.joined", {
      learnerId: accountId,
      cohortId: cohort.id,
      courseId: course.id,
      networkId: course.networkId,
    });
  return row.joined;
}

/**
 * Gives the free places to the waiting list, first in line first; `cohort` must be locked by `trx`.
 * One who meanwhile joined another cohort of the course loses their turn here (they are in one
 * already). The ids promoted, to register for the sessions once committed.
 */
export async function promote(deps: Deps, trx: Db, cohort: Cohort, course: Course): Promise<string[]> {
  const promoted: string[] = [];
  let taken = await memberCount(trx, cohort.id);
  for (const w of await waitlistOf(trx, cohort.id)) {
    if (taken >= cohort.capacity) break;
    await removeFromWaitlist(trx, cohort.id, w.account_id);
    if (await cohortOfLearner(trx, course.id, w.account_id)) continue;
    if (await admit(deps, trx, cohort, course, w.account_id)) {
      promoted.push(w.account_id);
      taken++;
    }
  }
  return promoted;
}

/**
 * Registers the learner for each upcoming meeting of the cohort's lab they may see, by labs' own
 * rules (reserved to public administrations, a verified address, required questions): a full meeting
 * with a waiting list puts them on it; what a meeting refuses is named, not thrown.
 */
async function registerForSessions(deps: Deps, actor: Actor, cohort: Cohort): Promise<SessionOutcome> {
  const lab = await getLab(deps, SYSTEM, cohort.labId);
  const now = deps.clock.now();
  const upcoming = (await programmeOf(deps, actor, lab)).filter(
    (m) => m.status === "scheduled" && m.startsAt > now,
  );
  const meetings: SessionOutcome = [];
  for (const m of upcoming) {
    try {
      const r = await register(deps, actor, m.id, {}, { lab, meeting: m });
      meetings.push({
        meetingId: m.id,
        title: m.title,
        status: r.status === "waitlisted" ? "waitlisted" : "confirmed",
      });
    } catch (e) {
      if (!(e instanceof RegistrationError) && !(e instanceof AppError && e.status === 422)) throw e;
      // Already registered counts as registered; a closed window, a full meeting without a waiting
      // list, a rule of the meeting or its required questions: named on the page.
      meetings.push({
        meetingId: m.id,
        title: m.title,
        status: e.code === "already-registered" ? "confirmed" : "refused",
      });
    }
  }
  return meetings;
}

/** The promoted learners, registered for the sessions as if they had joined themselves. */
export async function registerPromoted(deps: Deps, cohort: Cohort, ids: string[]) {
  for (const id of ids) {
    const actor = await loadActor(deps, id);
    if (actor) await registerForSessions(deps, actor, cohort);
  }
}

/**
 * Joins the cohort: within capacity a place (an enrolment in the course; a self-paced one moves into
 * the cohort) and the lab's upcoming meetings; beyond it the end of the waiting list. Asking again
 * changes nothing and says where the learner stands.
 */
export async function joinCohort(
  deps: Deps,
  actor: Actor,
  cohort: Cohort,
  course: Course,
): Promise<JoinOutcome> {
  if (!can(actor, "study", course)) throw notFound();
  const r = await deps.db.transaction().execute(async (trx) => {
    const locked = await cohortById(trx, cohort.id, true);
    if (!locked) throw notFound();
    const current = await cohortOfLearner(trx, course.id, actor.id);
    if (current === cohort.id) return { state: "member" as const, already: true, promoted: [] };
    if (current) return { state: "elsewhere" as const, already: true as const, promoted: [] };
    const waiting = await waitlistPosition(trx, cohort.id, actor.id);
    if (waiting) return { state: "waitlisted" as const, already: true, position: waiting, promoted: [] };
    // Places freed without a promotion (a learner's account deleted) go to those waiting first.
    const promoted = await promote(deps, trx, locked, course);
    if ((await memberCount(trx, cohort.id)) >= locked.capacity) {
      const at = deps.clock.now();
      await addToWaitlist(trx, { cohortId: cohort.id, accountId: actor.id, at });
      const position = (await waitlistPosition(trx, cohort.id, actor.id)) ?? 0;
      await emit(deps, trx, "learning.cohort.waitlisted", {
        learnerId: actor.id,
        cohortId: cohort.id,
        courseId: course.id,
        networkId: course.networkId,
        position,
      });
      return { state: "waitlisted" as const, already: false, position, promoted };
    }
    await admit(deps, trx, locked, course, actor.id);
    return { state: "member" as const, already: false, promoted };
  });
  await registerPromoted(deps, cohort, r.promoted);
  if (r.state === "waitlisted")
    return { state: r.state, already: r.already, position: r.position, meetings: [] };
  if (r.state === "elsewhere") return { state: r.state, already: true, meetings: [] };
  return { state: "member", already: r.already, meetings: await registerForSessions(deps, actor, cohort) };
}

/**
 * Leaves the cohort or its waiting list. A member keeps their enrolment (and progress) as a
 * self-paced learner; their place goes to the first in line, in the same transaction. Their
 * registrations for the lab's meetings stay theirs (they cancel them on the meetings' pages).
 */
export async function leaveCohort(
  deps: Deps,
  actor: Actor,
  cohort: Cohort,
  course: Course,
): Promise<{ left: "cohort" | "waitlist" | null; promoted: string[] }> {
  const r = await deps.db.transaction().execute(async (trx) => {
    const locked = await cohortById(trx, cohort.id, true);
    if (!locked) throw notFound();
    if (await leaveRow(trx, cohort.id, actor.id))
      return { left: "cohort" as const, promoted: await promote(deps, trx, locked, course) };
    if (await removeFromWaitlist(trx, cohort.id, actor.id))
      return { left: "waitlist" as const, promoted: [] };
    return { left: null, promoted: [] };
  });
  await registerPromoted(deps, cohort, r.promoted);
  return r;
}
