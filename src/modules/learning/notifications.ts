// What learning tells people about (platform/notifications.ts): the learner's own course completed,
// in their list by default, with the link to its certificate; the place they took in a cohort (by
// joining it or promoted from its waiting list); their place on a full cohort's waiting list; and
// their attempts at a quiz reset by a facilitator (decision 0060), with the link to the quiz.
import type { Deps } from "../../platform/deps.ts";
import { notificationKind } from "../../platform/notifications.ts";
import { networkById } from "../identity/index.ts";
import { certificatePath, certificateView } from "./certificates.service.ts";
import { cohortById } from "./cohorts.repo.ts";
import { lessonById } from "./courses.repo.ts";
import { loadCourse } from "./courses.service.ts";
import "./certificates.events.ts";
import "./messages.ts";

/** A notice about the learner's place in a cohort (taken, or on its waiting list), linking to it. */
async function cohortNotice(
  deps: Deps,
  e: { learnerId: string; cohortId: string; courseId: string; networkId: string },
  key: string,
  params: Record<string, string> = {},
) {
  const cohort = await cohortById(deps.db, e.cohortId);
  if (!cohort) return null;
  const [course, network] = await Promise.all([loadCourse(deps, e.courseId), networkById(deps, e.networkId)]);
  return {
    recipients: [e.learnerId],
    text: { key, params: { cohort: cohort.title, course: course.title, ...params } },
    href: `/learning/cohorts/${cohort.id}`,
    scope: { kind: "network" as const, id: network.id, name: network.name },
  };
}

export const kinds = [
  // On the certificate's event rather than the completion's (decision 0055): the notice then
  // carries the certificate's link, and a curriculum's completion is told too.
  notificationKind({
    name: "learning.course-completed",
    event: "learning.certificate.issued",
    label: "learning.notify.completed.kind",
    defaultMode: "app",
    resolve: async (deps, e) => {
      const v = await certificateView(deps, e.certificateId);
      if (!v) return null;
      const network = await networkById(deps, v.networkId);
      return {
        recipients: [e.learnerId],
        text: {
          key: v.kind === "course" ? "learning.notify.completed" : "learning.notify.curriculumCompleted",
          params: { course: v.title },
        },
        href: certificatePath(v.certificate.code),
        scope: { kind: "network", id: network.id, name: network.name },
      };
    },
  }),
  notificationKind({
    name: "learning.cohort-place",
    event: "learning.cohort.joined",
    label: "learning.notify.cohortPlace.kind",
    defaultMode: "app",
    resolve: (deps, e) => cohortNotice(deps, e, "learning.notify.cohortPlace"),
  }),
  notificationKind({
    name: "learning.cohort-waitlist",
    event: "learning.cohort.waitlisted",
    label: "learning.notify.cohortWaitlist.kind",
    defaultMode: "app",
    resolve: (deps, e) =>
      cohortNotice(deps, e, "learning.notify.cohortWaitlist", { position: String(e.position) }),
  }),
  notificationKind({
    name: "learning.attempts-reset",
    event: "learning.attempts.reset",
    label: "learning.notify.attemptsReset.kind",
    defaultMode: "app",
    resolve: async (deps, e) => {
      const lesson = await lessonById(deps.db, e.quizId);
      if (!lesson) return null;
      const [course, network] = await Promise.all([
        loadCourse(deps, e.courseId),
        networkById(deps, e.networkId),
      ]);
      return {
        recipients: [e.learnerId],
        text: { key: "learning.notify.attemptsReset", params: { quiz: lesson.title, course: course.title } },
        href: `/learning/courses/${course.slug}/lessons/${lesson.id}`,
        scope: { kind: "network", id: network.id, name: network.name },
      };
    },
  }),
];
