// The domain events boards emits, added to the platform's event map (platform/events.ts): a session
// opened (created), closed, and reopened by its facilitators. Payloads carry ids and the session's
// visibility (what a notification or a lab's page decides on before reading anything), never a
// title, a note or a person's name: a handler reads what it needs when it runs.
import type { Visibility } from "../../platform/auth/index.ts";
import type { SessionRow } from "./boards.repo.ts";
import { SESSION_VISIBILITY } from "./policy.ts";

/** What every session event says about the session. */
export type SessionRef = {
  sessionId: string;
  networkId: string;
  labId: string | null;
  meetingId: string | null;
  visibility: Visibility;
};

declare module "../../platform/events.ts" {
  interface EventMap {
    /** A session was created (it starts collecting), in a lab and for a meeting when it names them. */
    "boards.session.opened": SessionRef;
    /** Its facilitators closed it: the summary is complete. */
    "boards.session.closed": SessionRef;
    /** Its facilitators reopened it within the window after closing (policy.ts `reopenable`). */
    "boards.session.reopened": SessionRef;
  }
}

/** The payload, from a session's row. */
export const sessionRef = (
  s: Pick<SessionRow, "id" | "network_id" | "lab_id" | "meeting_id">,
): SessionRef => ({
  sessionId: s.id,
  networkId: s.network_id,
  labId: s.lab_id,
  meetingId: s.meeting_id,
  visibility: SESSION_VISIBILITY,
});
