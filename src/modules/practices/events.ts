// The domain events practices emits, added to the platform's event map (platform/events.ts): the
// moments of the submission workflow and the edits of a published practice. Payloads carry ids, the
// network and the visibility (what a notification, a webhook or the fediverse decides on before
// reading anything), never the submitter's name or address: the handlers read those when they run.
import type { Visibility } from "../../platform/auth/index.ts";

/** What every practice event says about the practice. */
export type PracticeRef = { practiceId: string; networkId: string | null; visibility: Visibility };

declare module "../../platform/events.ts" {
  interface EventMap {
    /** Reported through the public form or the API (or a draft sent), waiting for moderation. */
    "practices.practice.submitted": PracticeRef;
    /** Sent again by its submitter after a moderator asked for changes. */
    "practices.practice.resubmitted": PracticeRef;
    /** A moderator took it in review. */
    "practices.review.opened": PracticeRef;
    /** In the catalogue: a moderator's decision, or a coordinator's direct publication (API). */
    "practices.practice.published": PracticeRef;
    /** A moderator asked the submitter for changes (the reason is on the submission). */
    "practices.practice.changes-requested": PracticeRef;
    "practices.practice.rejected": PracticeRef;
    /**
     * The daily sweep found reports of one network (null: none) waiting for moderation since before
     * `before` (workflow/moderators.notify.ts). Ids only: the notice reads what still waits when delivered.
     */
    "practices.reports.waiting": { networkId: string | null; practiceIds: string[]; before: string };
    /** A coordinator edited the published practice's texts: `version` is the new version's number. */
    "practices.practice.updated": PracticeRef & { version: number };
  }
}

/** The payload's common part, from a practice. */
export const practiceRef = (p: {
  id: string;
  networkId: string | null;
  visibility: Visibility;
}): PracticeRef => ({ practiceId: p.id, networkId: p.networkId, visibility: p.visibility });
