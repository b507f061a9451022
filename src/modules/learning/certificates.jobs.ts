// The certificate that follows a completion: the completion events (events.ts) queue a job, in the
// transaction of the handler's receipt, and the job gives the certificate and, only when it made
// the row, emits `learning.certificate.issued` in the same transaction — so a job run twice gives
// one certificate and one "course completed" notice. Loaded by every role (the manifest's `jobs`).
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { emit, onEvent } from "../../platform/events.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { accountContacts } from "../identity/index.ts";
import { type Completion, certificateLanguage, issueCertificate } from "./certificates.service.ts";
import { courseBy, curriculumBy } from "./courses.repo.ts";
import { curriculumCompletionOf, enrolmentOf } from "./progress.repo.ts";
import "./events.ts";
import "./certificates.events.ts";

/**
 * Whether the completion is still on record, its row locked for the transaction: the learner's
 * erasure (personal-data.ts) deletes that row, so a job that runs after it, or at the same time,
 * cannot give a certificate to someone who has left.
 */
async function stillCompleted(trx: Db, c: Completion): Promise<boolean> {
  if (c.courseId) return Boolean((await enrolmentOf(trx, c.courseId, c.learnerId, true))?.completedAt);
  return Boolean(await curriculumCompletionOf(trx, c.curriculumId ?? "", c.learnerId, true));
}

/** The job's work, idempotent: nothing when the completion has its certificate, or its learner, course or curriculum is gone. */
export async function issueCertificateFor(deps: Deps, c: Completion): Promise<void> {
  const [learner] = await accountContacts(deps, [c.learnerId]);
  if (!learner) return;
  const subject = c.courseId
    ? await courseBy(deps.db, { id: c.courseId })
    : await curriculumBy(deps.db, { id: c.curriculumId ?? "" });
  if (!subject) return;
  await deps.db.transaction().execute(async (trx) => {
    if (!(await stillCompleted(trx, c))) return;
    const cert = await issueCertificate(deps, trx, c, certificateLanguage(learner.language));
    if (cert)
      await emit(deps, trx, "learning.certificate.issued", {
        learnerId: cert.accountId,
        certificateId: cert.id,
        courseId: cert.courseId,
        curriculumId: cert.curriculumId,
      });
  });
}

export const issueCertificateJob = defineJob<Completion>("learning.certificate-issue", (deps, c) =>
  issueCertificateFor(deps, c),
);

onEvent("learning.certificate-course", "learning.course.completed", async (deps, e) => async (trx) => {
  await deps.jobs.sendInTransaction(trx, issueCertificateJob, {
    learnerId: e.learnerId,
    courseId: e.courseId,
    completedAt: e.completedAt,
  });
});

onEvent(
  "learning.certificate-curriculum",
  "learning.curriculum.completed",
  async (deps, e) => async (trx) => {
    await deps.jobs.sendInTransaction(trx, issueCertificateJob, {
      learnerId: e.learnerId,
      curriculumId: e.curriculumId,
      completedAt: e.completedAt,
    });
  },
);
