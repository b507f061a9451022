// A cohort's progress for its facilitators: per learner the lessons done, the best score of each quiz
// and the attendance at the lab's meetings; the same as CSV (platform/csv.ts guards the cells).
import type { Actor } from "../../platform/auth/index.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { csvCell } from "../../platform/csv.ts";
import type { Deps } from "../../platform/deps.ts";
import { accountContacts } from "../identity/index.ts";
import { getLab, presenceOf, programmeOf } from "../labs/index.ts";
import { bestOfLearners, type Cohort, doneOfLearners, membersOf, waitlistOf } from "./cohorts.repo.ts";
import { lessonsOf } from "./courses.repo.ts";
import { formerMembersOf } from "./personal-data.repo.ts";
import type { Course } from "./types.ts";

export type Attendance = "present" | "registered" | "waitlisted" | "absent" | "none";

export type CohortReport = {
  quizzes: { id: string; title: string }[];
  meetings: { id: string; title: string; startsAt: Date; held: boolean }[];
  lessonCount: number;
  /** Members who have since deleted their accounts: counted, never named (personal-data.ts). */
  former: { members: number; completed: number };
  learners: {
    accountId: string;
    name: string;
    done: number;
    completed: boolean;
    /** Best score per quiz (same order as `quizzes`), null when not attempted. */
    scores: (number | null)[];
    /** Per meeting (same order as `meetings`). */
    attendance: Attendance[];
  }[];
  /** The waiting list, first in line first. */
  waitlist: { accountId: string; name: string; since: Date }[];
};

export async function cohortReport(
  deps: Deps,
  viewer: Actor,
  cohort: Cohort,
  course: Course,
): Promise<CohortReport> {
  const [members, waiting, lessons, lab, former] = await Promise.all([
    membersOf(deps.db, cohort.id),
    waitlistOf(deps.db, cohort.id),
    lessonsOf(deps.db, [course.id]),
    getLab(deps, SYSTEM, cohort.labId),
    formerMembersOf(deps.db, cohort.id),
  ]);
  const ids = members.map((m) => m.account_id);
  const quizzes = lessons.filter((l) => l.kind === "quiz");
  const now = deps.clock.now();
  const meetings = (await programmeOf(deps, viewer, lab)).filter((m) => m.status !== "cancelled");
  const [people, done, best, presence] = await Promise.all([
    accountContacts(deps, [...ids, ...waiting.map((w) => w.account_id)]),
    doneOfLearners(deps.db, course.id, ids),
    bestOfLearners(
      deps.db,
      quizzes.map((q) => q.id),
      ids,
    ),
    presenceOf(
      deps,
      meetings.map((m) => m.id),
    ),
  ]);
  const held = (m: (typeof meetings)[number]) => m.status === "closed" || m.startsAt <= now;
  return {
    quizzes: quizzes.map((q) => ({ id: q.id, title: q.title })),
    meetings: meetings.map((m) => ({ id: m.id, title: m.title, startsAt: m.startsAt, held: held(m) })),
    lessonCount: lessons.length,
    former,
    waitlist: waiting.map((w) => ({
      accountId: w.account_id,
      name: people.find((p) => p.id === w.account_id)?.name ?? "",
      since: w.waiting_since,
    })),
    learners: members.map((m) => ({
      accountId: m.account_id,
      name: people.find((p) => p.id === m.account_id)?.name ?? "",
      // A quiz counts as done once passed, as for the course's completion (completion.ts).
      done:
        done.filter((d) => d.account_id === m.account_id).length +
        best.filter((b) => b.account_id === m.account_id && b.passed).length,
      completed: Boolean(m.completed_at),
      scores: quizzes.map((q) => {
        const b = best.find((x) => x.account_id === m.account_id && x.quiz_id === q.id);
        return b ? Number(b.best) : null;
      }),
      attendance: meetings.map((mt): Attendance => {
        const r = presence.find((p) => p.meetingId === mt.id && p.accountId === m.account_id);
        if (!r) return "none";
        if (r.checkedInAt) return "present";
        if (r.status === "waitlisted") return "waitlisted";
        return held(mt) ? "absent" : "registered";
      }),
    })),
  };
}

/** The report as CSV in the reader's language (`t` names the columns and the attendance states). */
export function cohortCsv(
  r: CohortReport,
  t: (key: string, p?: Record<string, string | number>) => string,
): string {
  const head = [
    t("learning.cohorts.learner"),
    t("learning.cohorts.lessonsDone"),
    t("learning.cohorts.completed"),
    ...r.quizzes.map((q) => q.title),
    ...r.meetings.map((m) => `${m.title} (${m.startsAt.toISOString().slice(0, 10)})`),
  ];
  const rows = r.learners.map((l) => [
    l.name,
    `${l.done}/${r.lessonCount}`,
    l.completed ? t("learning.cohorts.yes") : t("learning.cohorts.no"),
    ...l.scores.map((s) => (s === null ? "" : s)),
    ...l.attendance.map((a) => t(`learning.cohorts.att.${a}`)),
  ]);
  return `${[head, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
