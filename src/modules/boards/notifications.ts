// What boards tells people about (platform/notifications.ts): a participatory session opened in a
// lab reaches the lab's members, but not the person who opened it (in their list by default; the
// lab's other news follows their preferences too).
import { SYSTEM } from "../../platform/auth/index.ts";
import { notificationKind } from "../../platform/notifications.ts";
import { getLab } from "../labs/index.ts";
import { sessionById } from "./boards.repo.ts";
import "./events.ts";
import "./notifications.messages.ts";

export const kinds = [
  notificationKind({
    name: "boards.session-opened",
    event: "boards.session.opened",
    label: "boards.notify.opened.kind",
    defaultMode: "app",
    resolve: async (deps, e) => {
      if (!e.labId) return null;
      const [lab, session] = await Promise.all([
        getLab(deps, SYSTEM, e.labId).catch(() => null),
        sessionById(deps.db, e.sessionId),
      ]);
      if (!lab || !session || session.phase === "closed") return null;
      return {
        recipients: lab.members.map((m) => m.accountId).filter((id) => id !== session.created_by),
        text: { key: "boards.notify.opened", params: { title: session.title, lab: lab.title } },
        href: `/boards/${session.id}`,
        scope: { kind: "lab", id: lab.id, name: lab.title },
      };
    },
  }),
];
