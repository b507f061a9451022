// A cohort member's account deleted (personal-data.ts): the place they held goes to the first in
// line, in the erasure's transaction, as when a member leaves (cohorts.places.ts). The promoted are
// registered for the lab's sessions by a job once that transaction has committed: the erasure's
// hooks run inside the transaction of the whole account's deletion, with no "after" of their own.
// Loaded by every role (the manifest's `jobs`), so the worker knows the job.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { promote, registerPromoted } from "./cohorts.places.ts";
import { cohortById } from "./cohorts.repo.ts";
import { courseBy } from "./courses.repo.ts";

export const registerPromotedJob = defineJob<{ cohortId: string; ids: string[] }>(
  "learning.cohort-register",
  async (deps, p) => {
    const cohort = await cohortById(deps.db, p.cohortId);
    if (cohort) await registerPromoted(deps, cohort, p.ids);
  },
);

/** Locks the cohorts' rows for `trx`, in id order (as two erasures may lock the same ones). */
export async function lockCohorts(trx: Db, ids: string[]): Promise<void> {
  for (const id of [...ids].sort()) await cohortById(trx, id, true);
}

/** Gives the freed places of the (locked) cohorts to their waiting lists; registration follows by job. */
export async function fillFreedPlaces(deps: Deps, trx: Db, ids: string[]): Promise<void> {
  for (const id of ids) {
    const cohort = await cohortById(trx, id, true);
    const course = cohort && (await courseBy(trx, { id: cohort.courseId }));
    if (!cohort || !course) continue;
    const promoted = await promote(deps, trx, cohort, course);
    if (promoted.length)
      await deps.jobs.sendInTransaction(trx, registerPromotedJob, { cohortId: id, ids: promoted });
  }
}
