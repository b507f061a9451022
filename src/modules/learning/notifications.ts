// What learning tells people about (platform/notifications.ts): the learner's own course completed,
// in their list by default (the certificate, in a later slice, will ride on this notice).
import { notificationKind } from "../../platform/notifications.ts";
import { networkById } from "../identity/index.ts";
import { courseBy } from "./courses.repo.ts";
import "./events.ts";
import "./messages.ts";

export const kinds = [
  notificationKind({
    name: "learning.course-completed",
    event: "learning.course.completed",
    label: "learning.notify.completed.kind",
    defaultMode: "app",
    resolve: async (deps, e) => {
      const course = await courseBy(deps.db, { id: e.courseId });
      if (!course) return null;
      const network = await networkById(deps, course.networkId);
      return {
        recipients: [e.learnerId],
        text: { key: "learning.notify.completed", params: { course: course.title } },
        href: `/learning/courses/${course.slug}`,
        scope: { kind: "network", id: network.id, name: network.name },
      };
    },
  }),
];
