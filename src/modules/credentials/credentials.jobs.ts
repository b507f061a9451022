// The credential that follows a completion: handlers of learning's two completion events queue
// `credentials.issue` in the transaction of their receipt, as learning's certificate does
// (learning/certificates.jobs.ts); the job is idempotent (issue.service.ts). Loaded by every role.
import { onEvent } from "../../platform/events.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { type Completion, issueCredentialFor } from "./issue.service.ts";
import { resignStatusList } from "./revoke.service.ts";
import "../learning/index.ts";

/** A status list signed again once an erasure has set its bits (personal-data.ts). */
export const resignStatusListJob = defineJob<{ statusListId: string }>(
  "credentials.status-list-sign",
  async (deps, p) => {
    await resignStatusList(deps, p.statusListId);
  },
);

export const issueCredentialJob = defineJob<Completion>("credentials.issue", async (deps, c) => {
  await issueCredentialFor(deps, c);
});

onEvent("credentials.issue-course", "learning.course.completed", async (deps, e) => async (trx) => {
  await deps.jobs.sendInTransaction(trx, issueCredentialJob, {
    learnerId: e.learnerId,
    courseId: e.courseId,
    completedAt: e.completedAt,
  });
});

onEvent("credentials.issue-curriculum", "learning.curriculum.completed", async (deps, e) => async (trx) => {
  await deps.jobs.sendInTransaction(trx, issueCredentialJob, {
    learnerId: e.learnerId,
    curriculumId: e.curriculumId,
    completedAt: e.completedAt,
  });
});
