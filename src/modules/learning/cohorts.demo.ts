// The demo's Smart City Bootcamp: a cohort of the Digital City Expert curriculum's first course,
// linked to a lab of the Digital City Experts network whose online kick-off was held two weeks before
// the load day (registrations a week before it, attendance recorded, meeting closed) and whose two
// sessions come three and six weeks after the kick-off. Dates are relative to the load day, as labs'
// demo computes its own (labs/demo.dates.ts). Each step goes through the services on a clock set to
// the moment it happened; the live lesson of the kick-off is written done as history (decision 0051).
// The bootcamp has four places, all taken: a fifth learner, studying the Italian edition of the course
// on their own, waits first in line for a place to free up.
import { SYSTEM } from "../../platform/auth/index.ts";
import { fixedClock } from "../../platform/clock.ts";
import type { Deps } from "../../platform/deps.ts";
import { newId } from "../../platform/ids.ts";
import { accountByEmail, loadActor } from "../identity/index.ts";
import {
  checkInCode,
  closeMeeting,
  createLab,
  createMeeting,
  getMeeting,
  type Meeting,
  registerAccount,
} from "../labs/index.ts";
import { addToWaitlist, joinRow } from "./cohorts.repo.ts";
import { addLiveSession, createCohort } from "./cohorts.service.ts";
import { insertModule } from "./courses.repo.ts";
import { markDone } from "./progress.repo.ts";
import type { Course } from "./types.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (deps: Deps, when: Date): Deps => ({ ...deps, clock: fixedClock(when) });
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Learners of the bootcamp: Austria, Sweden, Germany and Finland (demo accounts of the network). */
const BOOTCAMPERS = [
  "anna.gruber@schmiede.example",
  "lars.lindqvist@fpl.example",
  "jonas.weber@zde.example",
  "katrin.schulz@ihk-projekt.example",
];
/** Facilitates the bootcamp (the network's coordinators follow its progress as well). */
const FACILITATOR = "laura.korhonen@tuni.example";
/** Asked for a place once the four were taken. */
const WAITING = "marco.bellini@ialmarche.example";

export async function seedCohortDemo(deps: Deps, course: Course): Promise<void> {
  const now = deps.clock.now();
  // Kick-off at 10:00 UTC two weeks before the load day; sessions three and six weeks after it.
  const kickOff = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 10) - 14 * DAY,
  );
  const sessions = [kickOff, new Date(kickOff.getTime() + 21 * DAY), new Date(kickOff.getTime() + 42 * DAY)];
  const lab = await createLab(deps, SYSTEM, course.networkId, {
    title: "Smart City Bootcamp",
    theme: "Smart-city basics, studied together across five countries",
    objectives: ["Meet the partners' staff online", "Discuss the course's cases together"],
    description: "The live sessions of the Smart City Bootcamp cohort of the course “Smart-city basics”.",
    periodStart: dayOf(kickOff),
    periodEnd: dayOf(sessions[2]!),
    venue: "Online",
    visibility: "public",
  });
  const titles = [
    "Bootcamp kick-off",
    "Bootcamp session: data in the city",
    "Bootcamp session: your project",
  ];
  const meetings: Meeting[] = [];
  for (const [i, start] of sessions.entries())
    meetings.push(
      await createMeeting(deps, SYSTEM, lab, {
        title: titles[i]!,
        kind: i === 0 ? "kick-off" : "session",
        mode: "online",
        onlineUrl: `https://meet.digital-city-experts.example/bootcamp-${i + 1}`,
        timeZone: "Europe/Rome",
        visibility: "public",
        startsAt: start,
        endsAt: new Date(start.getTime() + 2 * HOUR),
      }),
    );
  const facilitator = await accountByEmail(deps, FACILITATOR);
  const cohort = await createCohort(at(deps, new Date(kickOff.getTime() - 21 * DAY)), SYSTEM, course, {
    title: "Smart City Bootcamp",
    startsOn: dayOf(kickOff),
    endsOn: dayOf(sessions[2]!),
    capacity: BOOTCAMPERS.length,
    labId: lab.id,
    facilitators: facilitator ? [facilitator.id] : [],
  });
  // The live sessions, in a module of their own. Not required: the course is also studied alone.
  const moduleId = newId();
  await insertModule(deps.db, {
    id: moduleId,
    course_id: course.id,
    position: 99,
    title: "Bootcamp live sessions",
  });
  const live = [];
  for (const [i, m] of meetings.entries())
    live.push(
      await addLiveSession(deps, SYSTEM, cohort, course, {
        moduleId,
        meetingId: m.id,
        title: m.title,
        position: i + 1,
        required: false,
      }),
    );
  const before = at(deps, new Date(kickOff.getTime() - 7 * DAY));
  for (const email of BOOTCAMPERS) {
    const account = await accountByEmail(deps, email);
    if (!account) continue;
    await joinRow(deps.db, {
      id: newId(),
      courseId: course.id,
      cohortId: cohort.id,
      accountId: account.id,
      at: before.clock.now(),
    });
    for (const [i, m] of meetings.entries()) {
      const r = await registerAccount(i === 0 ? before : deps, {
        meetingId: m.id,
        accountId: account.id,
        registeredBy: null,
        answers: [],
        mail: false,
      });
      // Three of the four came to the kick-off.
      if (i === 0 && email !== BOOTCAMPERS[3]) {
        const held = at(deps, new Date(kickOff.getTime() + 5 * 60_000));
        const actor = (await loadActor(deps, account.id))!;
        const { meeting } = await getMeeting(deps, actor, { id: m.id });
        await checkInCode(held, meeting, r.code);
        await markDone(deps.db, {
          accountId: account.id,
          lessonId: live[0]!,
          courseId: course.id,
          at: held.clock.now(),
        });
      }
    }
  }
  const waiting = await accountByEmail(deps, WAITING);
  if (waiting)
    await addToWaitlist(deps.db, {
      cohortId: cohort.id,
      accountId: waiting.id,
      at: new Date(kickOff.getTime() - 5 * DAY),
    });
  const { meeting: first } = await getMeeting(deps, null, { id: meetings[0]!.id });
  await closeMeeting(at(deps, new Date(kickOff.getTime() + 3 * HOUR)), first);
}
