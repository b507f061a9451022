// What learning tells people about (platform/notifications.ts): the learner's own course completed,
// in their list by default, with the link to its certificate.
import { notificationKind } from "../../platform/notifications.ts";
import { networkById } from "../identity/index.ts";
import { certificatePath, certificateView } from "./certificates.service.ts";
import "./certificates.events.ts";
import "./messages.ts";

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
];
