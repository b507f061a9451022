// The certificate that follows a completion: the completion events (events.ts) queue a job, in the
// transaction of the handler's receipt, and the job gives the certificate and, only when it made
// the row, emits `learning.certificate.issued` in the same transaction — so a job run twice gives
// one certificate and one "course completed" notice. Loaded by every role (the manifest's `jobs`).
import type { Deps } from "../../platform/deps.ts";
import { emit, onEvent } from "../../platform/events.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { accountContacts } from "../identity/index.ts";
import { type Completion, certificateLanguage, issueCertificate } from "./certificates.service.ts";
import { courseBy, curriculumBy } from "./courses.repo.ts";
import "./events.ts";
import "./certificates.events.ts";

/** The job's work, idempotent: nothing when the completion has its certificate, or its learner, course or curriculum is gone. */
export async function issueCertificateFor(deps: Deps, c: Completion): Promise<void> {
  const [learner] = await accountContacts(deps, [c.learnerId]);
  if (!learner) return;
  const subject = c.courseId
    ? await courseBy(deps.db, { id: c.courseId })
    : await curriculumBy(deps.db, { id: c.curriculumId ?? "" });
  if (!subject) return;
  await deps.db.transaction().execute(async (trx) => {
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
